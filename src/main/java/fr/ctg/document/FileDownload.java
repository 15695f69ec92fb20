package fr.ctg.document;

/** A stored file ready to send: the original name, the sniffed type, its size and where to read it. */
public record FileDownload(String fileName, String contentType, long size, UploadedFile.Content content) {
}
