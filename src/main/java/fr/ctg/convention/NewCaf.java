package fr.ctg.convention;

/** A Caf to create: a short code (e.g. {@code gers}), its name, its département and its address. */
public record NewCaf(String code, String name, String departement, String address) {
}
