package shop;

/** A shopping cart: prices in cents, with a discount for many items. */
public final class Cart {
    private int items;
    private int cents;

    public void add(int priceCents) {
        if (priceCents <= 0) {
            throw new IllegalArgumentException("a price must be positive");
        }
        items++;
        cents += priceCents;
    }

    public int total() {
        return cents - cents * Discount.percentFor(items) / 100;
    }
}
