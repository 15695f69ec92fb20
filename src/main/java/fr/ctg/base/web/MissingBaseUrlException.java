package fr.ctg.base.web;

import fr.ctg.base.StartupRefusedException;

/** Start-up without the portal's public address outside the demo. */
public class MissingBaseUrlException extends StartupRefusedException {

    public MissingBaseUrlException() {
        super("CTG_BASE_URL is required outside the demo: the portal's public address (http:// or https://), the "
                + "start of every link sent by e-mail.", "Set CTG_BASE_URL, e.g. CTG_BASE_URL=https://ctg.example.fr");
    }
}
