package fr.ctg.diagnostic;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.convention.ConventionOverview;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.diagnostic.internal.DiagnosticTheme;
import fr.ctg.diagnostic.internal.DiagnosticVersion;
import fr.ctg.diagnostic.internal.DiagnosticVersionRepository;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.CtgUser;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annexe 2, the shared diagnostic. The editors of the convention ({@link Role#CONVENTION_EDITORS}) write a working
 * draft angle by angle and publish it as version N, which is frozen from then on (its own rows, never written again);
 * the next edit starts the next draft as a copy of the last version. Every member who reads the convention
 * ({@link Role#CONVENTION_READERS}) reads the published versions; associations do not (as for the indicators' radar).
 * The first draft starts from the territory portrait of the convention: its figures become the territory-level
 * characteristics (angle 1). Every input is checked in full before anything is written.
 */
@Service
@Transactional
public class DiagnosticService {

    static final int LABEL_MAX = 300;
    static final int UNIT_MAX = 50;
    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 2000;
    static final int GAP_MAX = 20_000;
    static final int NOTE_MAX = 500;
    static final int FIRST_YEAR = 1900;

    private final DiagnosticVersionRepository versions;
    private final ConventionAccessService access;
    private final ConventionService conventions;
    private final CurrentUser currentUser;
    private final Clock clock;

    DiagnosticService(DiagnosticVersionRepository versions, ConventionAccessService access,
                      ConventionService conventions, CurrentUser currentUser, Clock clock) {
        this.versions = versions;
        this.access = access;
        this.conventions = conventions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether the caller writes and publishes the diagnostic (strangers get not-found). */
    @Transactional(readOnly = true)
    public boolean canEdit(long conventionId) {
        return access.require(conventionId, Role.CONVENTION_READERS).stream()
                .anyMatch(Role.CONVENTION_EDITORS::contains);
    }

    /** The last published version, empty while none is (readers of the convention). */
    @Transactional(readOnly = true)
    public Optional<DiagnosticDetails> latestPublished(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        return versions.findPublished(conventionId).stream().findFirst().map(this::published);
    }

    /**
     * The working draft (editors). While nobody has written since the last publication it reads as that version
     * (as the next draft will start); before the first save ever it reads as the portrait's figures and empty themes.
     * Reading writes nothing.
     */
    @Transactional(readOnly = true)
    public DiagnosticDetails draft(long conventionId) {
        access.require(conventionId, Role.CONVENTION_EDITORS);
        List<ThematicGroupRef> groups = conventions.thematicGroups(conventionId);
        Optional<DiagnosticVersion> base = versions.findDraft(conventionId)
                .or(() -> versions.findPublished(conventionId).stream().findFirst());
        List<DiagnosticFigure> territory = base.map(DiagnosticVersion::territory)
                .orElseGet(() -> portraitFigures(conventionId));
        List<ThemeDiagnostic> themes = groups.stream().map(g -> base.flatMap(v -> v.theme(g.id()))
                .map(t -> t.toDiagnostic(g.name()))
                .orElseGet(() -> new ThemeDiagnostic(g.id(), g.name(), List.of(), List.of(), null, List.of(), null,
                        null))).toList();
        return new DiagnosticDetails(conventionId, null, null, null, territory, themes);
    }

    /** The published versions, newest first (readers of the convention). */
    @Transactional(readOnly = true)
    public List<DiagnosticVersionRow> versions(long conventionId) {
        access.require(conventionId, Role.CONVENTION_READERS);
        return versions.findPublished(conventionId).stream().map(v -> new DiagnosticVersionRow(v.getNumber(),
                v.getPublishedAt(), v.getPublishedByName(), v.getNote())).toList();
    }

    /** A published version as it was published (readers of the convention); a draft or an unknown number: not found. */
    @Transactional(readOnly = true)
    public DiagnosticDetails version(long conventionId, int version) {
        access.require(conventionId, Role.CONVENTION_READERS);
        return versions.findByConventionIdAndNumber(conventionId, version).filter(DiagnosticVersion::isPublished)
                .map(this::published).orElseThrow(NotFoundException::new);
    }

    /** The territory-level characteristics (angle 1, not attached to a theme), replaced as a whole (editors). */
    public void saveTerritory(long conventionId, List<DiagnosticFigure> figures) {
        saveTerritory(conventionId, null, figures);
    }

    /**
     * The same, refused with nothing saved when the territory's figures are no longer {@code expected} (what the
     * page showed): someone changed them meanwhile.
     */
    public void saveTerritory(long conventionId, @Nullable List<DiagnosticFigure> expected, List<DiagnosticFigure> figures) {
        access.require(conventionId, Role.CONVENTION_EDITORS);
        List<DiagnosticFigure> checked = checkFigures(figures);
        DiagnosticVersion draft = ensureDraft(conventionId);
        unchanged(draft.territory(), expected);
        draft.setTerritory(checked);
    }

    /** A theme's characteristics (angle 1), replaced as a whole (editors). */
    public void saveCharacteristics(long conventionId, long thematicGroupId, List<DiagnosticFigure> figures) {
        saveCharacteristics(conventionId, thematicGroupId, null, figures);
    }

    /** The same, refused with nothing saved when the theme's figures are no longer {@code expected}. */
    public void saveCharacteristics(long conventionId, long thematicGroupId, @Nullable List<DiagnosticFigure> expected,
                                    List<DiagnosticFigure> figures) {
        access.require(conventionId, Role.CONVENTION_EDITORS);
        ThematicGroupRef group = group(conventionId, thematicGroupId);
        List<DiagnosticFigure> checked = checkFigures(figures);
        DiagnosticTheme theme = theme(conventionId, group);
        unchanged(theme.toDiagnostic(group.name()).characteristics(), expected);
        theme.setCharacteristics(checked);
    }

    /** A theme's existing offer (angle 2), replaced as a whole (editors). */
    public void saveOffer(long conventionId, long thematicGroupId, List<OfferItem> offer) {
        saveOffer(conventionId, thematicGroupId, null, offer);
    }

    /** The same, refused with nothing saved when the theme's offer is no longer {@code expected}. */
    public void saveOffer(long conventionId, long thematicGroupId, @Nullable List<OfferItem> expected,
                          List<OfferItem> offer) {
        access.require(conventionId, Role.CONVENTION_EDITORS);
        ThematicGroupRef group = group(conventionId, thematicGroupId);
        List<OfferItem> checked = new ArrayList<>();
        for (OfferItem o : offer) {
            if (o.kind() == null) {
                throw new BusinessRuleException("diagnostic.error.offerKind");
            }
            String name = required(o.name(), "diagnostic.error.offerName");
            checked.add(new OfferItem(o.kind(), length(name, NAME_MAX),
                    length(trimmed(o.description()), DESCRIPTION_MAX),
                    length(trimmed(o.commune()), NAME_MAX)));
        }
        DiagnosticTheme theme = theme(conventionId, group);
        unchanged(theme.toDiagnostic(group.name()).offer(), expected);
        theme.setOffer(checked);
    }

    /** A theme's gap between need and offer (angle 3, Markdown; blank clears it) (editors). */
    public void saveGap(long conventionId, long thematicGroupId, @Nullable String gap) {
        saveGap(conventionId, thematicGroupId, null, false, gap);
    }

    /** The same, refused with nothing saved when the gap is no longer {@code expected} (checked if {@code check}). */
    public void saveGap(long conventionId, long thematicGroupId, @Nullable String expected, boolean check,
                        @Nullable String gap) {
        access.require(conventionId, Role.CONVENTION_EDITORS);
        ThematicGroupRef group = group(conventionId, thematicGroupId);
        String text = length(trimmed(gap), GAP_MAX);
        DiagnosticTheme theme = theme(conventionId, group);
        if (check) {
            unchanged(theme.toDiagnostic(group.name()).gap(), expected);
        }
        theme.setGap(text);
    }

    /** A theme's priority development axes (angle 4), in order, replaced as a whole (editors). */
    public void savePriorityAxes(long conventionId, long thematicGroupId, List<String> axes) {
        savePriorityAxes(conventionId, thematicGroupId, null, axes);
    }

    /** The same, refused with nothing saved when the axes are no longer {@code expected}. */
    public void savePriorityAxes(long conventionId, long thematicGroupId, @Nullable List<String> expected,
                                 List<String> axes) {
        access.require(conventionId, Role.CONVENTION_EDITORS);
        ThematicGroupRef group = group(conventionId, thematicGroupId);
        List<String> checked = new ArrayList<>();
        for (String a : axes) {
            String text = required(a, "diagnostic.error.axisEmpty");
            if (text.contains("\n")) {
                throw new BusinessRuleException("diagnostic.error.axisLine");
            }
            checked.add(length(text, LABEL_MAX));
        }
        DiagnosticTheme theme = theme(conventionId, group);
        unchanged(theme.toDiagnostic(group.name()).priorityAxes(), expected);
        theme.setAxes(checked);
    }

    /**
     * A theme's score on the "étoile", 0 to 100 like the indicators' attainment, with its one-line reason; a null
     * score clears both (editors).
     */
    public void saveScore(long conventionId, long thematicGroupId, @Nullable Integer score, @Nullable String reason) {
        access.require(conventionId, Role.CONVENTION_EDITORS);
        ThematicGroupRef group = group(conventionId, thematicGroupId);
        String why = trimmed(reason);
        if (score != null) {
            if (score < 0 || score > 100) {
                throw new BusinessRuleException("diagnostic.error.score", score);
            }
            if (why == null) {
                throw new BusinessRuleException("diagnostic.error.scoreReason");
            }
            if (why.contains("\n")) {
                throw new BusinessRuleException("diagnostic.error.scoreReasonLine");
            }
            length(why, LABEL_MAX);
        }
        theme(conventionId, group).setScore(score, score == null ? null : why);
    }

    /**
     * Publishes the draft as version N (now, by the caller, with an optional note): from then on it is frozen. Every
     * thematic group of the convention is a theme of the version, named as it is now (editors). Refused when nothing
     * changed since the last version or when no theme holds anything.
     */
    public int publish(long conventionId, @Nullable String note) {
        access.require(conventionId, Role.CONVENTION_EDITORS);
        String text = length(trimmed(note), NOTE_MAX);
        Optional<DiagnosticVersion> found = versions.findDraft(conventionId);
        if (found.isEmpty()) {
            Optional<DiagnosticVersion> last = versions.findPublished(conventionId).stream().findFirst();
            if (last.isPresent()) {
                throw new BusinessRuleException("diagnostic.error.unchanged", last.get().getNumber());
            }
            throw new BusinessRuleException("diagnostic.error.emptyDraft");
        }
        DiagnosticVersion draft = found.get();
        List<ThematicGroupRef> groups = conventions.thematicGroups(conventionId);
        Set<Long> current = groups.stream().map(ThematicGroupRef::id).collect(Collectors.toSet());
        draft.getThemes().removeIf(t -> !current.contains(t.getThematicGroupId()));
        if (draft.getThemes().stream().allMatch(t -> t.toDiagnostic(t.getGroupName()).isEmpty())) {
            throw new BusinessRuleException("diagnostic.error.emptyDraft");
        }
        for (ThematicGroupRef g : groups) {
            draft.themeFor(g.id(), g.name(), g.position()).rename(g.name(), g.position());
        }
        CtgUser me = currentUser.require();
        draft.publish(Instant.now(clock), me.accountId() == 0 ? null : me.accountId(), me.displayName(), text);
        versions.saveAndFlush(draft);
        return draft.getNumber();
    }

    private DiagnosticDetails published(DiagnosticVersion v) {
        return new DiagnosticDetails(v.getConventionId(), v.getNumber(), v.getPublishedAt(), v.getPublishedByName(),
                v.territory(), v.getThemes().stream().map(t -> t.toDiagnostic(t.getGroupName())).toList());
    }

    /** Someone changed the angle since the page showed it: nothing is saved, the page shows the current one. */
    private static void unchanged(@Nullable Object current, @Nullable Object expected) {
        if (expected != null && !Objects.equals(comparable(current), comparable(expected))) {
            throw new BusinessRuleException("diagnostic.error.changedMeanwhile");
        }
    }

    /** Figures compared by their value whatever its scale (15 and 15.0000 are the same figure). */
    private static @Nullable Object comparable(@Nullable Object angle) {
        if (angle instanceof List<?> list) {
            return list.stream().map(x -> x instanceof DiagnosticFigure f && f.value() != null
                    ? new DiagnosticFigure(f.label(), f.value().stripTrailingZeros(), f.unit(), f.source(), f.year()) : x)
                    .toList();
        }
        return angle;
    }

    /**
     * The draft, locked until the transaction ends (two editors' saves queue), created on the first write: a copy of
     * the last version, or for the very first one, the portrait. Two first writes at the same moment: the second is
     * refused with nothing saved (the database allows one draft).
     */
    private DiagnosticVersion ensureDraft(long conventionId) {
        Optional<DiagnosticVersion> locked = versions.findDraftForUpdate(conventionId);
        if (locked.isPresent()) {
            return locked.get();
        }
        try {
            return createDraft(conventionId);
        } catch (DataIntegrityViolationException sameMoment) {
            throw new BusinessRuleException("diagnostic.error.changedMeanwhile");
        }
    }

    private DiagnosticVersion createDraft(long conventionId) {
        Optional<DiagnosticVersion> last = versions.findPublished(conventionId).stream().findFirst();
        DiagnosticVersion draft;
        if (last.isPresent()) {
            draft = last.get().nextDraft();
        } else {
            draft = new DiagnosticVersion(conventionId, 1);
            draft.setTerritory(portraitFigures(conventionId));
        }
        return versions.saveAndFlush(draft);
    }

    private DiagnosticTheme theme(long conventionId, ThematicGroupRef group) {
        return ensureDraft(conventionId).themeFor(group.id(), group.name(), group.position());
    }

    /**
     * The portrait's figures as characteristics, in order, with their source and year; a portrait figure without a
     * year cannot be a characteristic (every figure of the diagnostic has one) and is left out.
     */
    private List<DiagnosticFigure> portraitFigures(long conventionId) {
        List<DiagnosticFigure> out = new ArrayList<>();
        for (ConventionOverview.Figure f : conventions.territoryPortrait(conventionId)) {
            if (f.year() != null && f.source() != null && !f.source().isBlank()) {
                out.add(new DiagnosticFigure(f.label(), f.value(), f.unit(), f.source(), f.year()));
            }
        }
        return out;
    }

    /** The thematic group, checked to be one of the convention's. */
    private ThematicGroupRef group(long conventionId, long groupId) {
        ThematicGroupRef g = conventions.thematicGroups(conventionId).stream().filter(x -> x.id() == groupId)
                .findFirst().orElseThrow(() -> new BusinessRuleException("diagnostic.error.theme"));
        if (g.name() == null || g.name().isBlank()) {
            throw new BusinessRuleException("diagnostic.error.themeName");
        }
        return g;
    }

    private List<DiagnosticFigure> checkFigures(List<DiagnosticFigure> figures) {
        int thisYear = LocalDate.now(clock).getYear();
        List<DiagnosticFigure> out = new ArrayList<>();
        for (DiagnosticFigure f : figures) {
            String label = length(required(f.label(), "diagnostic.error.figureLabel"), LABEL_MAX);
            if (f.value() == null) {
                throw new BusinessRuleException("diagnostic.error.figureValue", label);
            }
            if (f.value().abs().compareTo(new BigDecimal("1E10")) >= 0) {
                throw new BusinessRuleException("diagnostic.error.figureValueRange", label);
            }
            String source = required(f.source(), "diagnostic.error.figureSource", label);
            if (f.year() == 0) {
                throw new BusinessRuleException("diagnostic.error.figureYear", label);
            }
            if (f.year() < FIRST_YEAR || f.year() > thisYear) {
                throw new BusinessRuleException("diagnostic.error.figureYearRange", label, String.valueOf(f.year()),
                        String.valueOf(FIRST_YEAR), String.valueOf(thisYear));
            }
            out.add(new DiagnosticFigure(label, f.value(), length(trimmed(f.unit()), UNIT_MAX),
                    length(source, LABEL_MAX), f.year()));
        }
        return out;
    }

    private static String required(@Nullable String value, String key, Object... args) {
        String t = trimmed(value);
        if (t == null) {
            throw new BusinessRuleException(key, args);
        }
        return t;
    }

    private static @Nullable String trimmed(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The value, refused when longer than {@code max} (the message quotes its beginning). */
    private static @Nullable String length(@Nullable String value, int max) {
        if (value != null && value.length() > max) {
            throw new BusinessRuleException("diagnostic.error.tooLong", String.valueOf(max), value.substring(0, 40));
        }
        return value;
    }
}
