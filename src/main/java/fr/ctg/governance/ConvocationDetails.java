package fr.ctg.governance;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a convened person sees from their personal link: the meeting, its agenda, their answer if given, and whether
 * they may still answer ({@code refusalKey} says why not), in their language.
 */
public record ConvocationDetails(long meetingId, String committeeName, String title, ZonedDateTime start,
                                 ZonedDateTime end, @Nullable String place, @Nullable String videoLink,
                                 List<AgendaItemRow> agenda, String personName, @Nullable AttendanceStatus answer,
                                 @Nullable String proxyName, @Nullable String refusalKey, List<ProxyChoice> proxies,
                                 Locale language) {

    public ConvocationDetails {
        agenda = List.copyOf(agenda);
        proxies = List.copyOf(proxies);
    }

    public boolean answerable() {
        return refusalKey == null;
    }

    /** Someone the person may name to represent them (convened too, and holding fewer proxies than allowed). */
    public record ProxyChoice(long accountId, String displayName) {
    }
}
