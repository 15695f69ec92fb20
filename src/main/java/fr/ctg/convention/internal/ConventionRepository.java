package fr.ctg.convention.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConventionRepository extends JpaRepository<Convention, Long> {

    Optional<Convention> findByCode(String code);

    boolean existsByCode(String code);

    List<Convention> findAllByOrderByTitle();

    List<Convention> findByIdInOrderByTitle(List<Long> ids);
}
