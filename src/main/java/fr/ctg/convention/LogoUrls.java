package fr.ctg.convention;

/** Where the browser finds a logo: an uploaded one at {@code /logos/{id}.png}, else the placeholder shipped with the portal. */
final class LogoUrls {

    private LogoUrls() {
    }

    static String of(Long logoId, String staticPath) {
        return logoId != null ? "logos/" + logoId + ".png" : staticPath;
    }
}
