package fr.ctg.convention.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConventionRepository extends JpaRepository<Convention, Long> {

    Optional<Convention> findByCode(String code);

    List<Convention> findByRenewedFromId(Long renewedFromId);

    boolean existsByCode(String code);

    List<Convention> findAllByOrderByTitle();

    List<Convention> findByIdInOrderByTitle(List<Long> ids);

    List<Convention> findByCafIdOrderByTitle(Long cafId);

    long countByCafId(Long cafId);

    @Query("select c.cafId from Convention c where c.id = :id")
    Optional<Long> findCafIdById(Long id);

    @Query("select c.id from Convention c where c.cafId = :cafId")
    List<Long> findIdsByCafId(Long cafId);

    @Query("select c.id from Convention c")
    List<Long> findAllIds();

    @Query("select p.convention.id from Party p where p.logoId = :logoId")
    List<Long> findConventionIdsByPartyLogo(Long logoId);

    @Query("select c.title from Convention c where c.id = :id")
    Optional<String> findTitleById(Long id);
}
