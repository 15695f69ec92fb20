package fr.ctg.convention;

import fr.ctg.convention.internal.CafRepository;
import fr.ctg.convention.internal.ConventionRepository;
import fr.ctg.convention.internal.ThematicGroupRepository;
import fr.ctg.security.ConventionDirectory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the security feature knows of Cafs and conventions. A convention never changes Caf, so which Caf owns it is
 * remembered (every access check asks).
 */
@Component
@Transactional(readOnly = true)
class ConventionDirectoryAdapter implements ConventionDirectory {

    private final ConventionRepository conventions;
    private final CafRepository cafs;
    private final ThematicGroupRepository groups;
    private final Map<Long, Long> cafOfConvention = new ConcurrentHashMap<>();

    ConventionDirectoryAdapter(ConventionRepository conventions, CafRepository cafs, ThematicGroupRepository groups) {
        this.conventions = conventions;
        this.cafs = cafs;
        this.groups = groups;
    }

    @Override
    public Optional<Long> cafOf(long conventionId) {
        Long known = cafOfConvention.get(conventionId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Long> found = conventions.findCafIdById(conventionId);
        found.ifPresent(caf -> cafOfConvention.put(conventionId, caf));
        return found;
    }

    @Override
    public List<Long> conventionIdsOf(long cafId) {
        return conventions.findIdsByCafId(cafId);
    }

    @Override
    public List<Long> allConventionIds() {
        return conventions.findAllIds();
    }

    @Override
    public Optional<String> conventionTitle(long conventionId) {
        return conventions.findTitleById(conventionId);
    }

    @Override
    public Optional<String> cafName(long cafId) {
        return cafs.findById(cafId).map(c -> c.getName());
    }

    @Override
    public Map<Long, String> thematicGroups(long conventionId) {
        Map<Long, String> names = new LinkedHashMap<>();
        groups.findByConventionIdOrderByPosition(conventionId).forEach(g -> names.put(g.getId(), g.getName()));
        return names;
    }

    @Override
    public Set<Long> thematicGroupIds(long conventionId) {
        return Set.copyOf(groups.findIdsByConventionId(conventionId));
    }
}
