package dk.tvaers.testsupport;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A made-up CPR number for a test citizen, never a real person's on purpose: a birth date from 1940-1999 (the
 * serial's first digit 0-3 always means the 1900s, so the date is never in the future, whatever today is) and a
 * random serial, so test runs on one database do not collide. Not modulus-11 checked, as the platform does not
 * require it.
 */
public final class TestCpr {

    private TestCpr() {
    }

    /** {@code DDMMYY-SSSS}. */
    public static String random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("%02d%02d%02d-%04d", random.nextInt(1, 29), random.nextInt(1, 13),
                random.nextInt(40, 100), random.nextInt(0, 4000));
    }
}
