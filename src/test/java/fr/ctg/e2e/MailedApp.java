package fr.ctg.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.ctg.AppProcess;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.FileSystemUtils;

/**
 * The application a browser test starts for itself, on a fresh data folder, with GreenMail as its mail server and
 * its public address on loopback (the links of its e-mails lead back to it).
 */
final class MailedApp implements AutoCloseable {

    final GreenMail mail;
    final AppProcess app;

    private MailedApp(GreenMail mail, AppProcess app) {
        this.mail = mail;
        this.app = app;
    }

    /** Starts it; {@code env} adds to the mail and address settings (e.g. {@code CTG_DEMO=true}). */
    static MailedApp start(String name, Map<String, String> env) throws Exception {
        int smtp = AppProcess.freePort();
        GreenMail mail = new GreenMail(new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        int port = AppProcess.freePort();
        Path data = Browser.OUT.getParent().resolve("e2e-" + name);
        FileSystemUtils.deleteRecursively(data);
        Map<String, String> all = new HashMap<>(Map.of("CTG_BASE_URL", "http://127.0.0.1:" + port,
                "CTG_MAIL_HOST", "127.0.0.1", "CTG_MAIL_PORT", String.valueOf(smtp)));
        all.putAll(env);
        try {
            return new MailedApp(mail, AppProcess.start(data, name, AppProcess.freePort(), port, all,
                    List.of("--ctg.exit-when-closed=true")));
        } catch (Exception e) {
            mail.stop();
            throw e;
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            app.close();
        } finally {
            mail.stop();
        }
    }
}
