package fr.ctg.convention;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.journal.JournalEvent;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.convention.ConventionSettings.Item;
import fr.ctg.convention.ConventionSettings.PartyDetails;
import fr.ctg.convention.ConventionSettings.Terms;
import fr.ctg.convention.internal.Convention;
import fr.ctg.convention.internal.ConventionRepository;
import fr.ctg.convention.internal.FieldOfIntervention;
import fr.ctg.convention.internal.Logo;
import fr.ctg.convention.internal.LogoRepository;
import fr.ctg.convention.internal.Party;
import fr.ctg.convention.internal.Signatory;
import fr.ctg.convention.internal.ThematicGroup;
import fr.ctg.security.ConventionAccessService;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A convention's identity and structure as its administrators keep them after its creation: terms and Article 10
 * dates, parties with their signatories and logos (Article 8), fields of intervention, thematic groups. Everything
 * is checked before anything is written; a field or group still in use elsewhere is not removed.
 */
@Service
@Transactional
public class ConventionSettingsService {

    /** The statuses only Article 10's steps give (with their record: the signed state, the letter, the next one). */
    static final Set<ConventionStatus> ARTICLE_10_ONLY = EnumSet.of(ConventionStatus.SIGNED,
            ConventionStatus.TERMINATED, ConventionStatus.RENEWED);

    private final ConventionRepository conventions;
    private final LogoRepository logos;
    private final ConventionAccessService access;
    private final List<StructureUsage> usages;
    private final ApplicationEventPublisher events;

    ConventionSettingsService(ConventionRepository conventions, LogoRepository logos, ConventionAccessService access,
                              List<StructureUsage> usages, ApplicationEventPublisher events) {
        this.conventions = conventions;
        this.logos = logos;
        this.access = access;
        this.usages = usages;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public ConventionSettings settings(long conventionId) {
        Convention c = administered(conventionId);
        return new ConventionSettings(c.getId(), c.getCafId(),
                new Terms(c.getTitle(), c.getTerritory(), c.getSignedOn(), c.getStartDate(), c.getEndDate(),
                        c.getRenewal(), c.getNoticeMonths(), c.getNoticeForm(), c.getStatus()),
                c.getParties().stream().map(ConventionSettingsService::details).toList(),
                c.getFields().stream().map(f -> new FieldRef(f.getId(), f.getPosition(), f.getTitle())).toList(),
                c.getThematicGroups().stream().map(g -> new ThematicGroupRef(g.getId(), g.getPosition(), g.getName(),
                        g.getDescription())).toList());
    }

    public void updateTerms(long conventionId, Terms t) {
        Convention c = administered(conventionId);
        ConventionChecks.terms(t.title(), t.territory(), t.startDate(), t.endDate(), t.signedOn(), t.noticeMonths(),
                t.noticeForm());
        if (t.renewal() == null || t.status() == null) {
            throw new BusinessRuleException("convention.error.renewal");
        }
        if (t.status() != c.getStatus() && ARTICLE_10_ONLY.contains(t.status())) {
            // a signature, a termination or a renewal has its own record and rules (Article 10's page)
            throw new BusinessRuleException("convention.error.statusByArticle10");
        }
        c.updateTerms(t.title().strip(), t.territory().strip(), t.signedOn(), t.startDate(), t.endDate(), t.renewal(),
                t.noticeMonths(), ConventionChecks.text(t.noticeForm(), 300, false, "convention.error.noticeForm"),
                t.status());
        journal(conventionId, "terms");
    }

    /** Replaces the parties and their signatories (a party keeps its logo; new parties have none yet). */
    public void updateParties(long conventionId, List<PartyDetails> given) {
        Convention c = administered(conventionId);
        List<PartyDetails> parties = given == null ? List.of() : given;
        ConventionChecks.parties(parties.stream().map(p -> new NewConvention.NewParty(p.kind(), p.name(), p.shortName(),
                p.address(), null, null, p.signatories())).toList());
        Map<Long, Party> existing = new HashMap<>();
        c.getParties().forEach(p -> existing.put(p.getId(), p));
        for (PartyDetails p : parties) {
            if (p.id() != null && !existing.containsKey(p.id())) {
                throw new NotFoundException();
            }
        }
        List<Party> kept = new ArrayList<>();
        int position = 0;
        for (PartyDetails p : parties) {
            Party party = p.id() == null ? new Party(c, 0, p.kind(), p.name().strip(), p.shortName().strip(), null, null)
                    : existing.get(p.id());
            party.update(p.kind(), p.name().strip(), p.shortName().strip(),
                    ConventionChecks.text(p.address(), 500, false, "convention.error.partyAddress"));
            party.setPosition(++position);
            party.getSignatories().clear();
            int j = 0;
            for (NewConvention.NewSignatory s : Objects.requireNonNullElse(p.signatories(),
                    List.<NewConvention.NewSignatory>of())) {
                party.getSignatories().add(new Signatory(party, ++j, s.fullName().strip(), s.capacity().strip(),
                        ConventionChecks.text(s.authorisation(), 500, false, "convention.error.signatoryAuthorisation")));
            }
            kept.add(party);
        }
        for (Party p : c.getParties()) {
            if (!kept.contains(p) && usages.stream().anyMatch(u -> u.usesParty(p.getId()))) {
                throw new BusinessRuleException("convention.error.partyInUse", p.getShortName());
            }
        }
        c.getParties().removeIf(p -> !kept.contains(p));
        for (Party p : kept) {
            if (!c.getParties().contains(p)) {
                c.getParties().add(p);
            }
        }
        journal(conventionId, "parties");
    }

    /** A party's logo (PNG or JPEG, checked from its bytes, resized): the header and every PDF carry it. */
    public String uploadPartyLogo(long conventionId, long partyId, InputStream upload) {
        Convention c = administered(conventionId);
        Party party = c.getParties().stream().filter(p -> p.getId() == partyId).findFirst()
                .orElseThrow(NotFoundException::new);
        LogoImages.Processed image = LogoImages.process(upload);
        Logo logo = logos.save(new Logo(image.sha256(), image.png(), image.width(), image.height()));
        party.setLogoId(logo.getId());
        journal(conventionId, "logo " + party.getShortName());
        return LogoUrls.of(logo.getId(), null);
    }

    /**
     * A logo uploaded for a convention still being prepared (the wizard, by one of the Caf's administrators); returns
     * its id, for the new convention's party.
     */
    public long storeLogo(long cafId, InputStream upload) {
        access.requireCafAdmin(cafId);
        LogoImages.Processed image = LogoImages.process(upload);
        return logos.save(new Logo(image.sha256(), image.png(), image.width(), image.height())).getId();
    }

    /** Replaces the fields of intervention: renamed, reordered, added; one still used by an objective stays. */
    public void updateFields(long conventionId, List<Item> given) {
        Convention c = administered(conventionId);
        List<Item> fields = given == null ? List.of() : given;
        ConventionChecks.fields(fields.stream().map(Item::name).toList());
        Map<Long, FieldOfIntervention> existing = new HashMap<>();
        c.getFields().forEach(f -> existing.put(f.getId(), f));
        List<Long> keptIds = fields.stream().map(Item::id).filter(Objects::nonNull).toList();
        for (Long id : keptIds) {
            if (!existing.containsKey(id)) {
                throw new NotFoundException();
            }
        }
        for (FieldOfIntervention f : existing.values()) {
            if (!keptIds.contains(f.getId()) && usages.stream().anyMatch(u -> u.usesField(f.getId()))) {
                throw new BusinessRuleException("convention.error.fieldInUse", f.getTitle());
            }
        }
        c.getFields().removeIf(f -> !keptIds.contains(f.getId()));
        int position = 0;
        for (Item item : fields) {
            position++;
            if (item.id() == null) {
                c.getFields().add(new FieldOfIntervention(c, position, item.name().strip()));
            } else {
                existing.get(item.id()).update(position, item.name().strip());
            }
        }
        journal(conventionId, "fields");
    }

    /** Replaces the thematic groups; one still used (objectives, indicators, calls, meetings) stays. */
    public void updateThematicGroups(long conventionId, List<Item> given) {
        Convention c = administered(conventionId);
        List<Item> groups = given == null ? List.of() : given;
        ConventionChecks.groups(groups.stream().map(Item::name).toList(),
                groups.stream().map(Item::description).toList());
        Map<Long, ThematicGroup> existing = new HashMap<>();
        c.getThematicGroups().forEach(g -> existing.put(g.getId(), g));
        List<Long> keptIds = groups.stream().map(Item::id).filter(Objects::nonNull).toList();
        for (Long id : keptIds) {
            if (!existing.containsKey(id)) {
                throw new NotFoundException();
            }
        }
        List<ThematicGroup> removed = existing.values().stream().filter(g -> !keptIds.contains(g.getId())).toList();
        for (ThematicGroup g : removed) {
            if (usages.stream().anyMatch(u -> u.usesThematicGroup(g.getId()))) {
                throw new BusinessRuleException("convention.error.groupInUse", g.getName());
            }
        }
        for (ThematicGroup g : removed) {
            events.publishEvent(new ThematicGroupChanged(conventionId, g.getId(), g.getName(),
                    ThematicGroupChanged.Change.REMOVED));
        }
        c.getThematicGroups().removeAll(removed);
        int position = 0;
        List<ThematicGroup> added = new ArrayList<>();
        for (Item item : groups) {
            position++;
            String description = ConventionChecks.text(item.description(), 1000, false,
                    "convention.error.groupDescription");
            if (item.id() == null) {
                ThematicGroup g = new ThematicGroup(c, position, item.name().strip(), description);
                c.getThematicGroups().add(g);
                added.add(g);
            } else {
                ThematicGroup g = existing.get(item.id());
                boolean renamed = !g.getName().equals(item.name().strip());
                g.update(position, item.name().strip(), description);
                if (renamed) {
                    events.publishEvent(new ThematicGroupChanged(conventionId, g.getId(), g.getName(),
                            ThematicGroupChanged.Change.RENAMED));
                }
            }
        }
        conventions.flush();
        for (ThematicGroup g : added) {
            events.publishEvent(new ThematicGroupChanged(conventionId, g.getId(), g.getName(),
                    ThematicGroupChanged.Change.ADDED));
        }
        journal(conventionId, "groups");
    }

    private Convention administered(long conventionId) {
        access.requireAdmin(conventionId);
        return conventions.findById(conventionId).orElseThrow(NotFoundException::new);
    }

    private void journal(long conventionId, String what) {
        events.publishEvent(JournalEvent.of(JournalKind.CONVENTION_SETTINGS_CHANGED).convention(conventionId)
                .detail(what));
    }

    private static PartyDetails details(Party p) {
        return new PartyDetails(p.getId(), p.getKind(), p.getName(), p.getShortName(), p.getAddress(),
                LogoUrls.of(p.getLogoId(), p.getLogoPath()),
                p.getSignatories().stream().map(s -> new NewConvention.NewSignatory(s.getFullName(), s.getCapacity(),
                        s.getAuthorisation())).toList());
    }
}
