package io.github.govrules.examples.boot;

/**
 * A request this application refuses before calling the library: names the place (a JSON path,
 * a path variable) and what is wrong there.
 */
class BadRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String place;

    BadRequestException(String place, String message) {
        super(message);
        this.place = place;
    }

    String place() {
        return place;
    }
}
