package fr.ctg.avenant;

import fr.ctg.avenant.AvenantOutline.Block;
import fr.ctg.avenant.AvenantOutline.Bullet;
import fr.ctg.avenant.AvenantOutline.Heading;
import fr.ctg.avenant.AvenantOutline.Markdown;
import fr.ctg.avenant.AvenantOutline.Signature;
import fr.ctg.avenant.AvenantOutline.SubHeading;
import fr.ctg.avenant.AvenantOutline.Text;
import fr.ctg.avenant.AvenantOutline.Title;
import fr.ctg.base.i18n.Formats;
import fr.ctg.convention.ConventionHistoryService;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ConventionState;
import fr.ctg.document.DocumentService;
import fr.ctg.minutes.MinutesService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The avenant as DOCX (Apache POI) and PDF (OpenPDF), in the reader's language: both parties' logos (Article 8), the
 * parties and signatories, preamble and justification, Article 1 listing the modifications article by article
 * (wordings before and after), Article 2 keeping the rest, the signature boxes.
 */
@Component
public class AvenantDocuments {

    private final AvenantService avenants;
    private final ConventionService conventions;
    private final ConventionHistoryService history;
    private final DocumentService documents;
    private final MinutesService minutes;
    private final ChangeTexts texts;

    AvenantDocuments(AvenantService avenants, ConventionService conventions, ConventionHistoryService history,
                     DocumentService documents, MinutesService minutes, ChangeTexts texts) {
        this.avenants = avenants;
        this.conventions = conventions;
        this.history = history;
        this.documents = documents;
        this.minutes = minutes;
        this.texts = texts;
    }

    @Transactional(readOnly = true)
    public byte[] docx(long avenantId, Locale locale) {
        return AvenantDocx.write(outline(avenantId, locale));
    }

    @Transactional(readOnly = true)
    public byte[] pdf(long avenantId, Locale locale) {
        return AvenantPdf.write(outline(avenantId, locale));
    }

    /** The file name people get: "avenant-2-<convention code>.docx". */
    @Transactional(readOnly = true)
    public String fileName(long avenantId, String extension) {
        AvenantDetails d = avenants.details(avenantId);
        return "avenant-" + d.number() + "-" + conventions.ref(d.conventionId()).code() + "." + extension;
    }

    AvenantOutline outline(long avenantId, Locale locale) {
        AvenantDetails d = avenants.details(avenantId);
        // an approved avenant is written as it was approved: its parties and signatories of that revision
        ConventionState state = d.headRevision() == null ? history.current(d.conventionId())
                : history.at(d.conventionId(), d.headRevision());
        String conventionTitle = state.terms().title();
        List<Block> blocks = new ArrayList<>();
        String title = texts.t(locale, "avenant.doc.title", d.number());
        blocks.add(new Title(title));
        blocks.add(new Text(texts.t(locale, "avenant.doc.to", conventionTitle)));
        blocks.add(new Heading(texts.t(locale, "avenant.doc.between")));
        for (ConventionState.PartyState p : state.parties()) {
            String who = p.signatories().stream().map(s -> s.fullName() + ", " + s.capacity()).findFirst()
                    .map(s -> texts.t(locale, "avenant.doc.representedBy", p.name(), s)).orElse(p.name());
            blocks.add(new Bullet(who));
        }
        if (d.preamble() != null) {
            blocks.add(new Heading(texts.t(locale, "avenant.doc.preamble")));
            blocks.add(new Markdown(d.preamble()));
        }
        if (d.justification() != null || d.justificationMinutesId() != null || d.justificationDocumentId() != null) {
            blocks.add(new Heading(texts.t(locale, "avenant.doc.justification")));
            if (d.justification() != null) {
                blocks.add(new Markdown(d.justification()));
            }
            motivation(d, locale).ifPresent(blocks::add);
        }
        blocks.add(new Heading(texts.t(locale, "avenant.doc.article1")));
        String group = null;
        for (ConventionChange c : d.carried()) {
            String heading = texts.heading(locale, c.group(), c.number());
            if (!Objects.equals(heading, group)) {
                blocks.add(new SubHeading(heading));
                group = heading;
            }
            blocks.add(new Bullet(texts.t(locale, c.kind().labelKey()) + " : " + c.subject()));
            for (ConventionChange.FieldChange f : c.fields()) {
                String label = texts.t(locale, f.labelKey());
                if (f.kind() == ValueKind.MARKDOWN) {
                    if (!f.before().isEmpty()) {
                        blocks.add(new Text(texts.t(locale, "avenant.doc.oldWording", label)));
                        blocks.add(new Markdown(f.before()));
                    }
                    blocks.add(new Text(texts.t(locale, "avenant.doc.newWording", label)));
                    blocks.add(new Markdown(f.after().isEmpty() ? "—" : f.after()));
                } else {
                    blocks.add(new Text(texts.t(locale, "avenant.doc.beforeAfter", label,
                            texts.value(locale, f.kind(), f.before()), texts.value(locale, f.kind(), f.after()))));
                }
            }
        }
        blocks.add(new Heading(texts.t(locale, "avenant.doc.article2")));
        blocks.add(new Text(texts.t(locale, "avenant.doc.unchanged")));
        blocks.add(new Text(d.signedOn() == null ? texts.t(locale, "avenant.doc.madeOnBlank")
                : texts.t(locale, "avenant.doc.madeOn", Formats.date(d.signedOn(), locale))));
        for (ConventionState.PartyState p : state.parties()) {
            String signatory = p.signatories().isEmpty() ? ""
                    : p.signatories().getFirst().fullName() + ", " + p.signatories().getFirst().capacity();
            blocks.add(new Signature(p.name(), signatory));
        }
        return new AvenantOutline(title, conventions.partyLogos(d.conventionId()), blocks);
    }

    private Optional<Block> motivation(AvenantDetails d, Locale locale) {
        if (d.justificationMinutesId() != null) {
            return minutes.published(d.conventionId(), null, null).stream()
                    .filter(m -> m.id() == d.justificationMinutesId()).findFirst()
                    .map(m -> new Text(texts.t(locale, "avenant.doc.motivatedBy", m.title())));
        }
        if (d.justificationDocumentId() != null) {
            return Optional.of(new Text(texts.t(locale, "avenant.doc.motivatedBy",
                    documents.get(d.justificationDocumentId()).summary().title())));
        }
        return Optional.empty();
    }
}
