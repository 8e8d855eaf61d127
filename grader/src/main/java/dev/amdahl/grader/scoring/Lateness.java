package dev.amdahl.grader.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * How late one submission was and what that costs.
 *
 * @param submittedAt when it was submitted
 * @param due         the student's due date (their extension, if any)
 * @param grace       lateness forgiven
 * @param late        how late after the grace period; zero when on time
 * @param units       started days or hours late
 * @param per         the unit
 * @param percent     the share of earned points taken, capped
 */
public record Lateness(Instant submittedAt, Instant due, Duration grace, Duration late, long units,
        LatePolicy.Unit per, BigDecimal percent) {

    public boolean isLate() {
        return units > 0;
    }

    /** The points taken from {@code earned}, to two decimals. */
    public double deduction(double earned) {
        return BigDecimal.valueOf(earned).multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** For a student: "3 days late (−30%)". */
    public String describe() {
        if (!isLate()) {
            return "on time";
        }
        return units + " " + per.name().toLowerCase(java.util.Locale.ROOT) + (units == 1 ? "" : "s") + " late: −"
                + percent.stripTrailingZeros().toPlainString() + "% of the points earned";
    }
}
