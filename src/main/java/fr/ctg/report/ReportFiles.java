package fr.ctg.report;

import java.util.List;

/**
 * A built report: the DOCX people adjust, the PDF/A-2b for publication, their SHA-256, and what the report says is
 * missing (translation keys already resolved, in the reader's language).
 */
public record ReportFiles(ReportRequest request, String title, String docxName, byte[] docx, String docxSha256,
                          String pdfName, byte[] pdf, String pdfSha256, List<String> missing) {
}
