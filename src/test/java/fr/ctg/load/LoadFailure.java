package fr.ctg.load;

/** Something the simulated browser expected from the server did not happen. */
final class LoadFailure extends RuntimeException {

    LoadFailure(String message) {
        super(message);
    }

    LoadFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
