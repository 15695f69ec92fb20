package fr.ctg.security;

import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.PartyKind;
import fr.ctg.base.csv.CsvTable;
import fr.ctg.base.i18n.TranslationProvider;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import fr.ctg.base.csv.CsvLines;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations from a CSV file (Apache Commons CSV), in two steps like the indicator import: the file is checked and
 * every row's outcome listed (nothing sent); confirming invites the ready rows. Columns, in any order, with French
 * or English headers: {@code nom;e-mail;rôle;comité;groupes} ({@code langue} optional). Roles, committees and
 * groups are written as the portal names them (or their codes), several separated by commas; a committee may say
 * {@code (consultatif)} and the party its member sits for, e.g. {@code Comité de pilotage (Caf)}.
 */
@Service
@Transactional
public class BulkInvitationService {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 1000;

    private final InvitationService invitations;
    private final ConventionAccessService access;
    private final ConventionDirectory directory;
    private final TranslationProvider translations;

    BulkInvitationService(InvitationService invitations, ConventionAccessService access, ConventionDirectory directory,
                          TranslationProvider translations) {
        this.invitations = invitations;
        this.access = access;
        this.directory = directory;
        this.translations = translations;
    }

    /** Checks the file; nothing is written. */
    @Transactional(readOnly = true)
    public BulkInvitationPreview preview(long conventionId, byte[] file, Locale defaultLanguage) {
        access.requireAdmin(conventionId);
        return parse(conventionId, file, defaultLanguage);
    }

    /** Invites the ready rows of the file (checked again); returns how many invitations were sent. */
    public int confirm(long conventionId, byte[] file, Locale defaultLanguage) {
        access.requireAdmin(conventionId);
        BulkInvitationPreview p = parse(conventionId, file, defaultLanguage);
        if (p.fileRejected()) {
            throw new BusinessRuleException(p.fileErrorKey(), p.fileErrorArguments().toArray());
        }
        int sent = 0;
        for (BulkInvitationPreview.Row row : p.rows()) {
            if (row.ready()) {
                invitations.invite(conventionId, row.invitation());
                sent++;
            }
        }
        return sent;
    }

    private BulkInvitationPreview parse(long conventionId, byte[] file, Locale defaultLanguage) {
        if (file == null || file.length == 0) {
            return rejected("bulk.error.empty");
        }
        if (file.length > MAX_BYTES) {
            return rejected("bulk.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            return rejected("bulk.error.encoding");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char separator = firstLine.chars().filter(c -> c == ';').count() >= firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        List<BulkInvitationPreview.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> columns = columns(parser.getHeaderNames());
            for (String needed : List.of("name", "email", "role")) {
                if (!columns.containsKey(needed)) {
                    return rejected("bulk.error.header", String.join(separator + "", parser.getHeaderNames()));
                }
            }
            Map<Long, String> groups = directory.thematicGroups(conventionId);
            Set<String> seen = new HashSet<>();
            CsvLines lines = new CsvLines(text);
            try {
                for (CSVRecord record : parser) {
                    if (record.stream().allMatch(v -> v == null || v.isBlank())) {
                        continue; // a spreadsheet's filler row (";;;;")
                    }
                    if (rows.size() >= MAX_ROWS) {
                        return rejected("bulk.error.tooManyRows", MAX_ROWS);
                    }
                    rows.add(row(conventionId, record, lines.at(record.getCharacterPosition()), columns, groups,
                            seen, defaultLanguage));
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                return rejected("bulk.error.unreadable", parser.getCurrentLineNumber() + 1);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return rejected("bulk.error.unreadableHeader");
        }
        if (rows.isEmpty()) {
            return rejected("bulk.error.empty");
        }
        return new BulkInvitationPreview(rows, null, List.of());
    }

    private BulkInvitationPreview.Row row(long conventionId, CSVRecord r, int line, Map<String, Integer> columns,
                                          Map<Long, String> groups, Set<String> seen, Locale defaultLanguage) {
        String name = cell(r, columns, "name");
        String email = cell(r, columns, "email").toLowerCase(Locale.ROOT);
        try {
            AccountService.checkedDisplayName(name);
            AccountService.checkedEmail(email, false);
            if (seen.contains(email)) {
                throw new BusinessRuleException("bulk.error.twice", email);
            }
            Set<Role> roles = roles(cell(r, columns, "role"));
            List<CommitteeSeat> seats = seats(cell(r, columns, "committee"));
            Set<Long> groupIds = groups(cell(r, columns, "groups"), groups);
            Locale language = language(cell(r, columns, "language"), defaultLanguage);
            NewInvitation invitation = new NewInvitation(name, email, language, roles, seats, groupIds);
            if (roles.contains(Role.ASSOCIATION)) {
                throw new BusinessRuleException("invitation.error.associationRole");
            }
            if (invitations.isMember(email, conventionId)) {
                throw new BusinessRuleException("invitation.error.alreadyMember", email);
            }
            if (invitations.pendingFor(email, conventionId, null).isPresent()) {
                throw new BusinessRuleException("invitation.error.pending", email);
            }
            seen.add(email); // only a ready row makes a later one with the same address a duplicate
            return new BulkInvitationPreview.Row(line, name, email, invitation, null, List.of());
        } catch (BusinessRuleException e) {
            return new BulkInvitationPreview.Row(line, name, email, null, e.getMessageKey(), List.of(e.getArguments()));
        }
    }

    private Set<Role> roles(String cell) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String word : split(cell)) {
            Role role = match(word, Role.values(), Role::labelKey, ROLE_WORDS);
            if (role == null) {
                throw new BusinessRuleException("bulk.error.role", word);
            }
            roles.add(role);
        }
        if (roles.isEmpty()) {
            throw new BusinessRuleException("invitation.error.roles");
        }
        return roles;
    }

    private List<CommitteeSeat> seats(String cell) {
        List<CommitteeSeat> seats = new ArrayList<>();
        Set<Committee> seen = EnumSet.noneOf(Committee.class);
        for (String entry : splitOutsideParentheses(cell)) {
            String committeePart = entry;
            Seat seat = Seat.PERMANENT;
            PartyKind party = null;
            int open = entry.indexOf('(');
            if (open >= 0) {
                committeePart = entry.substring(0, open);
                for (String word : entry.substring(open + 1).replace(")", "").split("[,;/]")) {
                    String w = normal(word);
                    if (w.isEmpty()) {
                        continue;
                    }
                    if (w.startsWith("consult")) {
                        seat = Seat.CONSULTATIVE;
                    } else if (w.startsWith("perman")) {
                        seat = Seat.PERMANENT;
                    } else if (PARTY_WORDS.containsKey(w)) {
                        party = PARTY_WORDS.get(w);
                    } else {
                        throw new BusinessRuleException("bulk.error.seat", word.strip());
                    }
                }
            }
            Committee committee = match(committeePart, Committee.values(), Committee::labelKey, COMMITTEE_WORDS);
            if (committee == null || committee == Committee.THEMATIC_GROUP) {
                throw new BusinessRuleException("bulk.error.committee", committeePart.strip());
            }
            if (!seen.add(committee)) {
                throw new BusinessRuleException("invitation.error.twoSeats");
            }
            seats.add(new CommitteeSeat(committee, party, seat));
        }
        return seats;
    }

    private static Set<Long> groups(String cell, Map<Long, String> groups) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String word : split(cell)) {
            Long id = groups.entrySet().stream().filter(g -> normal(g.getValue()).equals(normal(word)))
                    .map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new BusinessRuleException("bulk.error.group", word));
            ids.add(id);
        }
        return ids;
    }

    private static Locale language(String cell, Locale defaultLanguage) {
        String w = normal(cell);
        if (w.isEmpty()) {
            return defaultLanguage == null ? Locale.FRENCH : defaultLanguage;
        }
        if (w.equals("fr") || w.startsWith("franc") || w.startsWith("french")) {
            return Locale.FRENCH;
        }
        if (w.equals("en") || w.startsWith("angl") || w.startsWith("engl")) {
            return Locale.ENGLISH;
        }
        throw new BusinessRuleException("bulk.error.language", cell);
    }

    /** An enum constant named by its code, its French or English label, or a usual word. */
    private <E extends Enum<E>> E match(String word, E[] values, Function<E, String> labelKey,
                                        Map<String, String> words) {
        String w = normal(word);
        if (w.isEmpty()) {
            return null;
        }
        String alias = words.get(w);
        for (E e : values) {
            if (normal(e.name()).equals(w) || e.name().equals(alias)
                    || normal(translations.getTranslation(labelKey.apply(e), Locale.FRENCH)).equals(w)
                    || normal(translations.getTranslation(labelKey.apply(e), Locale.ENGLISH)).equals(w)) {
                return e;
            }
        }
        return null;
    }

    private static final Map<String, String> ROLE_WORDS = Map.ofEntries(
            Map.entry("admin", "ADMIN"), Map.entry("administrateur", "ADMIN"), Map.entry("administratrice", "ADMIN"),
            Map.entry("secretariat", "SECRETARIAT"), Map.entry("copil", "COPIL_MEMBER"),
            Map.entry("membrecopil", "COPIL_MEMBER"), Map.entry("pilotage", "COPIL_MEMBER"),
            Map.entry("suivi", "FOLLOW_UP_MEMBER"), Map.entry("membresuivi", "FOLLOW_UP_MEMBER"),
            Map.entry("referent", "EVALUATION_REFERENT"), Map.entry("referente", "EVALUATION_REFERENT"),
            Map.entry("lecteur", "READER"), Map.entry("lectrice", "READER"), Map.entry("elu", "READER"),
            Map.entry("association", "ASSOCIATION"));

    private static final Map<String, String> COMMITTEE_WORDS = Map.ofEntries(
            Map.entry("copil", "COMITE_PILOTAGE"), Map.entry("pilotage", "COMITE_PILOTAGE"),
            Map.entry("suivi", "COMITE_SUIVI"), Map.entry("comitedesuivi", "COMITE_SUIVI"),
            Map.entry("evaluation", "COMITE_SUIVI_EVALUATION"), Map.entry("suivievaluation", "COMITE_SUIVI_EVALUATION"),
            Map.entry("comitedesuividelevaluation", "COMITE_SUIVI_EVALUATION"));

    private static final Map<String, PartyKind> PARTY_WORDS = Map.of("caf", PartyKind.CAF, "cc", PartyKind.EPCI,
            "epci", PartyKind.EPCI, "intercommunalite", PartyKind.EPCI, "territoire", PartyKind.EPCI,
            "commune", PartyKind.COMMUNE, "ville", PartyKind.COMMUNE, "autre", PartyKind.OTHER);

    private static Map<String, Integer> columns(List<String> headers) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String h = normal(headers.get(i));
            String key = switch (h) {
                case "nom", "name", "prenometnom", "nomcomplet" -> "name";
                case "email", "mail", "courriel", "adresse", "adressemail", "adresseemail" -> "email";
                case "role", "roles" -> "role";
                case "comite", "comites", "committee", "committees", "siege", "sieges" -> "committee";
                case "groupe", "groupes", "group", "groups", "groupesthematiques" -> "groups";
                case "langue", "language" -> "language";
                default -> null;
            };
            if (key != null) {
                columns.putIfAbsent(key, i);
            }
        }
        return columns;
    }

    private static String cell(CSVRecord r, Map<String, Integer> columns, String key) {
        Integer i = columns.get(key);
        return i == null || i >= r.size() ? "" : CsvTable.restored(r.get(i).strip());
    }

    private static List<String> split(String cell) {
        List<String> words = new ArrayList<>();
        for (String w : cell.split("[,|/+]")) {
            if (!w.isBlank()) {
                words.add(w.strip());
            }
        }
        return words;
    }

    private static List<String> splitOutsideParentheses(String cell) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char c : cell.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if ((c == ',' || c == '|') && depth == 0) {
                if (!current.toString().isBlank()) {
                    parts.add(current.toString().strip());
                }
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            parts.add(current.toString().strip());
        }
        return parts;
    }

    /** Lower case, no accents, letters and digits only ("Comité de l’évaluation" → "comitedelevaluation"). */
    static String normal(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static BulkInvitationPreview rejected(String key, Object... args) {
        return new BulkInvitationPreview(List.of(), key, List.of(args));
    }
}
