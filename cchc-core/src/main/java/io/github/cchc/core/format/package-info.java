/**
 * What every reader of an input format shares: {@link io.github.cchc.core.format.InputFormatException}, the one
 * exception of a document (JSON or CSV) that cannot be read, with its source, place and problem in both languages.
 */
package io.github.cchc.core.format;
