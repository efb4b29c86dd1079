/**
 * The JSON form of the reporting model's inputs: the heading file of an official document ({@link
 * io.github.cchc.reporting.json.HeadingJson}) and the Jackson 2 module that reads it ({@link
 * io.github.cchc.reporting.json.CchcReportingModule}).
 */
package io.github.cchc.reporting.json;
