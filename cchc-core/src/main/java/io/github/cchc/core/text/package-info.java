/**
 * Text shared by every part of the library: the text policy that says how a document's text is shown ({@link
 * io.github.cchc.core.text.TextPolicy}) and the key by which Vietnamese names are matched ({@link
 * io.github.cchc.core.text.NameKey}).
 */
package io.github.cchc.core.text;
