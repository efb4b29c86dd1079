/** The Word renderer: {@link io.github.cchc.reporting.render.docx.DocxRenderer}. */
package io.github.cchc.reporting.render.docx;
