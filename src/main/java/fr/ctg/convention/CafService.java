package fr.ctg.convention;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.journal.JournalEvent;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.convention.internal.Caf;
import fr.ctg.convention.internal.CafRepository;
import fr.ctg.convention.internal.ConventionRepository;
import fr.ctg.convention.internal.Logo;
import fr.ctg.convention.internal.LogoRepository;
import fr.ctg.security.ConventionAccessService;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Cafs, tenants of the platform: the platform administrator creates them; a Caf's administrators keep its
 * identity and logo and see its conventions, and nothing of another Caf (its ids do not exist for them).
 */
@Service
@Transactional
public class CafService {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,49}");

    private final CafRepository cafs;
    private final ConventionRepository conventions;
    private final LogoRepository logos;
    private final ConventionAccessService access;
    private final ApplicationEventPublisher events;

    CafService(CafRepository cafs, ConventionRepository conventions, LogoRepository logos, ConventionAccessService access,
               ApplicationEventPublisher events) {
        this.cafs = cafs;
        this.conventions = conventions;
        this.logos = logos;
        this.access = access;
        this.events = events;
    }

    /** Creates a Caf (platform administrator). */
    public CafSummary create(NewCaf cmd) {
        access.requirePlatformAdmin();
        String code = cmd.code() == null ? "" : cmd.code().strip().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new BusinessRuleException("caf.error.code");
        }
        String name = required(cmd.name(), 200, "caf.error.name");
        String departement = required(cmd.departement(), 100, "caf.error.departement");
        String address = optional(cmd.address(), 500, "caf.error.address");
        if (cafs.existsByCode(code)) {
            throw new BusinessRuleException("caf.error.codeTaken", code);
        }
        if (cafs.existsByNameIgnoreCase(name)) {
            throw new BusinessRuleException("caf.error.nameTaken", name);
        }
        Caf caf = cafs.save(new Caf(code, name, departement, address));
        events.publishEvent(JournalEvent.of(JournalKind.CAF_CREATED).caf(caf.getId()).detail(code + " " + name));
        return summary(caf);
    }

    /** Changes a Caf's identity (its administrators). */
    public CafSummary update(long cafId, String name, String departement, String address) {
        Caf caf = administered(cafId);
        String n = required(name, 200, "caf.error.name");
        if (!n.equalsIgnoreCase(caf.getName()) && cafs.existsByNameIgnoreCase(n)) {
            throw new BusinessRuleException("caf.error.nameTaken", n);
        }
        caf.update(n, required(departement, 100, "caf.error.departement"), optional(address, 500, "caf.error.address"));
        events.publishEvent(JournalEvent.of(JournalKind.CAF_UPDATED).caf(cafId));
        return summary(caf);
    }

    /** Replaces a Caf's logo (PNG or JPEG, checked from its bytes, resized); its new conventions start with it. */
    public CafSummary uploadLogo(long cafId, InputStream upload) {
        Caf caf = administered(cafId);
        LogoImages.Processed p = LogoImages.process(upload);
        caf.setLogoId(logos.save(new Logo(p.sha256(), p.png(), p.width(), p.height())).getId());
        events.publishEvent(JournalEvent.of(JournalKind.CAF_UPDATED).caf(cafId).detail("logo"));
        return summary(caf);
    }

    /** Every Caf for the platform administrator; the caller's Cafs for a Caf administrator. */
    @Transactional(readOnly = true)
    public List<CafSummary> cafs() {
        List<Caf> list = access.isPlatformAdmin() ? cafs.findAllByOrderByName()
                : cafs.findByIdInOrderByName(access.administeredCafIds());
        return list.stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public CafSummary caf(long cafId) {
        return summary(administered(cafId));
    }

    /** The Caf's conventions (its administrators). */
    @Transactional(readOnly = true)
    public List<ConventionRef> conventions(long cafId) {
        administered(cafId);
        return conventions.findByCafIdOrderByTitle(cafId).stream().map(ConventionService::ref).toList();
    }

    /** The id of the Caf with this code, if any (platform administrator: demo loader, support). */
    @Transactional(readOnly = true)
    public Optional<Long> idOfCode(String code) {
        access.requirePlatformAdmin();
        return cafs.findByCode(code).map(Caf::getId);
    }

    /** Gives a Caf a logo shipped with the portal (the demo's placeholders; platform administrator). */
    public void useStaticLogo(long cafId, String path) {
        access.requirePlatformAdmin();
        cafs.findById(cafId).orElseThrow(NotFoundException::new).setLogoPath(path);
    }

    private Caf administered(long cafId) {
        access.requireCafAdmin(cafId);
        return cafs.findById(cafId).orElseThrow(NotFoundException::new);
    }

    private CafSummary summary(Caf c) {
        return new CafSummary(c.getId(), c.getCode(), c.getName(), c.getDepartement(), c.getAddress(), c.getLogoId(),
                c.getLogoPath(), LogoUrls.of(c.getLogoId(), c.getLogoPath()), (int) conventions.countByCafId(c.getId()));
    }

    static String required(String value, int max, String key) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) {
            throw new BusinessRuleException(key, max);
        }
        return v;
    }

    static String optional(String value, int max, String key) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max) {
            throw new BusinessRuleException(key, max);
        }
        return v.isEmpty() ? null : v;
    }
}
