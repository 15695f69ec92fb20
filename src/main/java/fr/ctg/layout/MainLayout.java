package fr.ctg.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.ctg.base.i18n.TranslationProvider;
import fr.ctg.base.ui.PageLinker;
import fr.ctg.collaboration.CollaborationHub;
import fr.ctg.collaboration.UiCollaboration;
import fr.ctg.convention.ConventionHeader;
import fr.ctg.convention.ConventionRef;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.governance.CalendarFeedService;
import fr.ctg.notification.NotificationService;
import fr.ctg.search.ui.SearchBox;
import fr.ctg.security.AccountService;
import fr.ctg.security.CafAdministration;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.CtgUser;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.MembershipEnded;
import fr.ctg.security.Role;
import fr.ctg.security.ui.AccountNavigation;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The frame of every page: the parties' logos (Article 8), the convention switcher for people in
 * several conventions, the side navigation (only what the person's role in the current convention
 * allows) and the user menu (language, logout).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver, BeforeEnterObserver {

    private final CurrentConvention currentConvention;
    private final ConventionService conventions;
    private final AuthenticationContext authenticationContext;
    private final H1 pageTitle = new H1();
    private final CalendarFeedService feeds;
    private final CollaborationHub hub;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final ConventionAccessService access;
    private final long accountId;
    private final Long shownConventionId;
    private Registration accessEnded;

    MainLayout(CurrentConvention currentConvention, ConventionService conventions,
               AuthenticationContext authenticationContext, CurrentUser currentUser,
               NotificationService notifications, CollaborationHub hub, CalendarFeedService feeds,
               AccountService accounts, ConventionAccessService access, PageLinker pages) {
        this.feeds = feeds;
        this.hub = hub;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.access = access;
        this.currentConvention = currentConvention;
        this.conventions = conventions;
        this.authenticationContext = authenticationContext;
        setPrimarySection(Section.DRAWER);

        CtgUser user = currentUser.require();
        this.accountId = user.accountId();
        List<ConventionRef> mine = conventions.myConventions();
        ConventionHeader header = currentConvention.id().map(conventions::header).orElse(null);
        this.shownConventionId = header == null ? null : header.convention().id();
        Set<Role> roles = currentConvention.roles();

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu.toggle"));
        pageTitle.addClassName("ctg-page-title");
        HorizontalLayout navbar = new HorizontalLayout(toggle, pageTitle, logos(header), new SearchBox(),
                new NotificationBell(notifications, hub, pages, user.accountId()), userMenu(user));
        navbar.addClassName("ctg-navbar");
        navbar.setWidthFull();
        navbar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        navbar.expand(pageTitle);
        addToNavbar(navbar);

        Div brand = new Div(new Span(getTranslation("app.name")));
        brand.addClassName("ctg-brand");
        addToDrawer(brand, switcher(mine, header), navigation(roles), siteFooter());
    }

    /** The links French law asks on every page: the accessibility statement (with its level) and the legal notice. */
    private Component siteFooter() {
        RouterLink accessibility = new RouterLink(getTranslation("layout.footer.accessibility"),
                AccessibilityStatementView.class);
        accessibility.setId("footer-accessibility");
        RouterLink legal = new RouterLink(getTranslation("layout.footer.legal"), LegalNoticeView.class);
        legal.setId("footer-legal");
        Footer footer = new Footer(accessibility, legal);
        footer.addClassName("ctg-site-footer");
        return footer;
    }

    private Component logos(ConventionHeader header) {
        HorizontalLayout logos = new HorizontalLayout();
        logos.addClassName("ctg-party-logos");
        if (header != null) {
            for (ConventionHeader.PartyLogo logo : header.logos()) {
                if (logo.logoPath() != null) {
                    Image image = new Image(logo.logoPath(), getTranslation("layout.logo.alt", logo.shortName()));
                    image.addClassName("ctg-party-logo");
                    logos.add(image);
                }
            }
        }
        return logos;
    }

    private Component switcher(List<ConventionRef> mine, ConventionHeader header) {
        if (header == null) {
            Span none = new Span(getTranslation("layout.convention.none"));
            none.addClassName("ctg-convention-none");
            return none;
        }
        if (mine.size() < 2) {
            Div current = new Div(new Span(getTranslation("layout.convention.label")),
                    new Span(header.convention().title()));
            current.addClassName("ctg-convention-current");
            return current;
        }
        Select<ConventionRef> select = new Select<>();
        select.setId("convention-switcher");
        select.setLabel(getTranslation("layout.convention.label"));
        select.setItems(mine);
        select.setItemLabelGenerator(ConventionRef::title);
        mine.stream().filter(c -> c.id() == header.convention().id()).findFirst().ifPresent(select::setValue);
        select.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getOldValue() != null && e.getValue().id() != e.getOldValue().id()) {
                switchTo(e.getValue());
            }
        });
        select.setWidthFull();
        return select;
    }

    private void switchTo(ConventionRef target) {
        currentConvention.select(target.id());
        UI ui = UI.getCurrent();
        ui.navigate("");
        ui.refreshCurrentRoute(true);
    }

    private SideNav navigation(Set<Role> roles) {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.nav.label"));
        nav.addClassName("ctg-sidenav");
        boolean cafAdministrator = access.administersAnything();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            ConventionRoles required = entry.menuClass() == null ? null
                    : entry.menuClass().getAnnotation(ConventionRoles.class);
            if (required != null && !ConventionRoleGuard.allows(required, roles)) {
                continue;
            }
            CafAdministration admin = entry.menuClass() == null ? null
                    : entry.menuClass().getAnnotation(CafAdministration.class);
            if (admin != null && !ConventionRoleGuard.allows(admin, roles, cafAdministrator)) {
                continue;
            }
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component userMenu(CtgUser user) {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Avatar avatar = new Avatar(user.displayName());
        avatar.addClassName("ctg-avatar");
        HorizontalLayout label = new HorizontalLayout(avatar, new Span(user.displayName()));
        label.setAlignItems(HorizontalLayout.Alignment.CENTER);
        label.setSpacing(false);
        label.addClassName("ctg-user-label");
        MenuItem root = menu.addItem(label);
        root.setAriaLabel(getTranslation("layout.user.menu", user.displayName()));
        SubMenu sub = root.getSubMenu();
        boolean english = TranslationProvider.ENGLISH.equals(getLocale());
        sub.addItem(getTranslation("layout.account"), e -> AccountNavigation.toMyAccount())
                .setId("menu-account");
        sub.addItem(getTranslation(english ? "layout.language.fr" : "layout.language.en"),
                e -> switchLanguage(english ? TranslationProvider.FRENCH : TranslationProvider.ENGLISH));
        if (feeds.offered()) {
            sub.addItem(getTranslation("ical.menu"), e -> new CalendarFeedDialog(feeds).open()).setId("menu-ical");
        }
        sub.addItem(getTranslation("privacy.link"), e -> UI.getCurrent().getPage().setLocation("confidentialite"));
        sub.addItem(getTranslation("layout.logout"), e -> authenticationContext.logout());
        return menu;
    }

    /** The language of the pages and of every e-mail to this person: saved in their account. */
    private void switchLanguage(Locale locale) {
        currentUser.replace(accounts.chooseLanguage(locale));
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        ui.refreshCurrentRoute(true);
    }

    /** A membership of this person (or their account) ended while the page is open: it stops here. */
    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        accessEnded = UiCollaboration.subscribe(hub, ui, MembershipEnded.topic(accountId), MembershipEnded.class, ended -> {
            if (ended.conventionId() == null) {
                ui.getPage().setLocation("login");
                return;
            }
            if (shownConventionId != null && shownConventionId.equals(ended.conventionId())) {
                currentConvention.forget();
                ui.navigate(AccessEndedView.class);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (accessEnded != null) {
            accessEnded.remove();
        }
        super.onDetach(event);
    }

    /**
     * The next click after the person lost the convention this layout shows (revoked while the push did not reach
     * them): the access-ended page, not another convention's data under this one's name.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (shownConventionId != null && access.rolesIn(shownConventionId).isEmpty()) {
            currentConvention.forget();
            event.rerouteTo(AccessEndedView.class);
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String header = MenuConfiguration.getPageHeader(getContent()).orElse("");
        pageTitle.setText(header);
        pageTitle.getElement().setAttribute("title", header);
    }
}
