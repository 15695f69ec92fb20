package fr.ctg.convention.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CafRepository extends JpaRepository<Caf, Long> {

    Optional<Caf> findByCode(String code);

    boolean existsByCode(String code);

    boolean existsByNameIgnoreCase(String name);

    List<Caf> findAllByOrderByName();

    List<Caf> findByLogoId(Long logoId);

    List<Caf> findByIdInOrderByName(List<Long> ids);
}
