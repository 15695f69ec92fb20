package fr.ctg.base.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a generated PDF a PDF/A-2b document for publication and archiving (French public archives expect
 * PDF/A): the document information rewritten and mirrored in XMP metadata with the PDF/A identification, an
 * sRGB output intent, the document's language. The generators already embed every font (DejaVu Sans), so the
 * content itself needs no change; {@code PdfATest} checks the result with veraPDF.
 */
public final class PdfA {

    static final String PRODUCER = "Portail CTG (OpenPDF, Apache PDFBox)";
    private static final String SRGB = "sRGB IEC61966-2.1";

    private PdfA() {
    }

    /** The same pages as PDF/A-2b, titled and dated {@code created} (to the second, UTC). */
    public static byte[] archival(byte[] pdf, String title, Locale language, Instant created) {
        Calendar when = GregorianCalendar.from(created.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            info.setCreator("Portail CTG");
            info.setProducer(PRODUCER);
            info.setCreationDate(when);
            info.setModificationDate(when);
            doc.setDocumentInformation(info);
            // OpenPDF 3 writes a PDF 2.0 header; its content is PDF 1.7 and PDF/A-2 is based on PDF 1.7.
            doc.getDocument().setVersion(1.7f);
            doc.getDocumentCatalog().getCOSObject().removeItem(COSName.VERSION);
            for (PDPage page : doc.getPages()) {
                dropCidSets(page.getResources(), new HashSet<>());
            }
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(xmp(title, when));
            catalog.setMetadata(metadata);
            catalog.setLanguage(language.toLanguageTag());
            if (catalog.getOutputIntents().isEmpty()) {
                PDOutputIntent intent = new PDOutputIntent(doc,
                        new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
                intent.setInfo(SRGB);
                intent.setOutputCondition(SRGB);
                intent.setOutputConditionIdentifier(SRGB);
                intent.setRegistryName("http://www.color.org");
                catalog.addOutputIntent(intent);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 8192);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * OpenPDF writes a CIDSet for its embedded subsets that does not list every glyph of the subset; PDF/A-2 does
     * not require one, and requires it complete when present, so it goes.
     */
    private static void dropCidSets(PDResources resources, Set<COSBase> seen) throws IOException {
        if (resources == null || !seen.add(resources.getCOSObject())) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            if (resources.getFont(name) instanceof PDType0Font type0 && type0.getDescendantFont() != null) {
                PDFontDescriptor descriptor = type0.getDescendantFont().getFontDescriptor();
                if (descriptor != null) {
                    descriptor.getCOSObject().removeItem(COSName.CID_SET);
                }
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                dropCidSets(form.getResources(), seen);
            }
        }
    }

    private static byte[] xmp(String title, Calendar when) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        dc.setFormat("application/pdf");
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool("Portail CTG");
        basic.setCreateDate(when);
        basic.setModifyDate(when);
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        try {
            id.setPart(2);
            id.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
