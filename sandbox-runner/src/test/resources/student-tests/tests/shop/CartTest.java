package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A student's tests: they never try a price that is not positive. */
class CartTest {

    @Test
    void oneItemCostsItsPrice() {
        Cart cart = new Cart();
        cart.add(250);
        assertEquals(250, cart.total());
    }

    @ParameterizedTest
    @CsvSource({"3, 285", "10, 800"})
    void manyItemsCostLess(int items, int expectedCents) {
        Cart cart = new Cart();
        for (int i = 0; i < items; i++) {
            cart.add(100);
        }
        assertEquals(expectedCents, cart.total());
    }
}
