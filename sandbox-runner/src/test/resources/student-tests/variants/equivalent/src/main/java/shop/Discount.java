package shop;

/** The discount, in percent, for a number of items. */
public final class Discount {

    private Discount() {
    }

    public static int percentFor(int items) {
        return items < 3 ? 0 : items < 10 ? 5 : 20;
    }
}
