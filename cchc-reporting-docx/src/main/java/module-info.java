/**
 * CCHC report products as Word documents in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I, written with Apache
 * POI's XWPF. Apache POI 5 ships module descriptors (org.apache.poi.ooxml), so this artifact is a named module like
 * the others.
 */
module io.github.cchc.reporting.docx {
  requires transitive io.github.cchc.reporting;
  requires org.apache.poi.ooxml;

  exports io.github.cchc.reporting.render.docx;
}
