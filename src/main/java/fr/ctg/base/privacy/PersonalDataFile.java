package fr.ctg.base.privacy;

import java.nio.charset.StandardCharsets;

/** One file of a personal-data export: its name in the ZIP and its bytes. */
public record PersonalDataFile(String name, byte[] content) {

    public static PersonalDataFile text(String name, String content) {
        return new PersonalDataFile(name, content.getBytes(StandardCharsets.UTF_8));
    }
}
