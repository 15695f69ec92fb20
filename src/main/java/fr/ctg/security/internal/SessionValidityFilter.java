package fr.ctg.security.internal;

import fr.ctg.security.CtgUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every request of a logged-in person: is the account still enabled, and is this session as recent as its
 * password? A disabled account, or a session opened before the password changed, ends here (the request goes on as
 * anonymous: the login page).
 */
public class SessionValidityFilter extends OncePerRequestFilter {

    private final AccountRepository accounts;

    public SessionValidityFilter(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CtgUser user && user.accountId() > 0 && !stillValid(user)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(CtgUser user) {
        List<Object[]> state = accounts.findState(user.accountId());
        if (state.isEmpty()) {
            return false;
        }
        Object[] row = state.getFirst();
        return Boolean.TRUE.equals(row[0]) && ((Number) row[1]).intValue() == user.sessionStamp();
    }
}
