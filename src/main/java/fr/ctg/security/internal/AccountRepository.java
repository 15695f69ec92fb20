package fr.ctg.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsernameIgnoreCase(String username);

    List<Account> findByEmailIgnoreCase(String email);

    boolean existsByPlatformAdminTrueAndEnabledTrue();

    List<Account> findByDemoTrue();

    /** What the per-request check needs: whether the account may still act, and its session stamp. */
    @Query("select a.enabled, a.sessionStamp from Account a where a.id = :id")
    List<Object[]> findState(long id);

    /** The last login, written without touching the row's version (logins of one person may run at once). */
    @Modifying
    @Query("update Account a set a.lastLoginAt = :at where a.id = :id")
    int recordLogin(long id, Instant at);

    @Query("select a from Account a where a.homeCafId = :cafId and a.erasedAt is null order by a.displayName")
    List<Account> findByHomeCaf(long cafId);

    @Query("select a from Account a where a.platformAdmin = true and a.erasedAt is null order by a.displayName")
    List<Account> findPlatformAdmins();
}
