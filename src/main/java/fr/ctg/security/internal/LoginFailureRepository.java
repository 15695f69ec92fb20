package fr.ctg.security.internal;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LoginFailureRepository extends JpaRepository<LoginFailure, Long> {

    @Query("select count(f) from LoginFailure f where lower(f.username) = lower(:username) and f.occurredAt > :since")
    long countSince(String username, Instant since);

    @Modifying
    @Query("delete from LoginFailure f where lower(f.username) = lower(:username)")
    void deleteByUsername(String username);

    @Modifying
    @Query("delete from LoginFailure f where f.occurredAt < :before")
    void deleteOlderThan(Instant before);
}
