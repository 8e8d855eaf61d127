package shop;

/** The discount, in percent, for a number of items. */
public final class Discount {

    private Discount() {
    }

    public static int percentFor(int items) {
        if (items >= 10) {
            return 20;
        }
        if (items >= 3) {
            return 5;
        }
        return 0;
    }
}
