package fr.ctg.diagnostic;

import org.jspecify.annotations.Nullable;

/** An item of the existing offer (angle 2): a service, partner, equipment or place, where it is if it is somewhere. */
public record OfferItem(OfferKind kind, String name, @Nullable String description, @Nullable String commune) {
}
