package fr.ctg.minutes.ui;

import com.vaadin.flow.router.RouteParameters;
import fr.ctg.base.PageRef;
import fr.ctg.base.ui.PageLinks;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The minutes pages, for features that link to them without depending on this one (the calendar, objectives). */
@Component
class MinutesPageLinks implements PageLinks {

    @Override
    public Optional<Address> address(PageRef ref) {
        String id = String.valueOf(ref.id());
        return switch (ref.kind()) {
            case MINUTES -> Optional.of(new Address(MinutesView.class, new RouteParameters("minutesId", id)));
            case MINUTES_OF_MEETING -> Optional.of(new Address(MinutesOpenView.class, new RouteParameters("meetingId", id)));
            default -> Optional.empty();
        };
    }
}
