package fr.ctg.security.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CafAdministratorRepository extends JpaRepository<CafAdministrator, CafAdministrator.Key> {

    boolean existsByCafIdAndAccountId(Long cafId, Long accountId);

    boolean existsByAccountId(Long accountId);

    @Query("select a.cafId from CafAdministrator a where a.accountId = :accountId")
    List<Long> findCafIdsByAccountId(Long accountId);

    List<CafAdministrator> findByCafId(Long cafId);

    @Modifying
    @Query("delete from CafAdministrator a where a.accountId = :accountId")
    void deleteByAccountId(Long accountId);
}
