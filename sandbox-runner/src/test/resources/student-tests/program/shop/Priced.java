package shop;

/** Something with a price: an interface without code. */
public interface Priced {
    int cents();
}
