package com.knead.control.desk;

import com.knead.domain.StaffMember;
import java.util.List;
import java.util.Optional;

/**
 * What the desk's sign-in shows: the names to tap, whose PIN is being typed (as dots), the problem
 * sentence, and once someone is signed in, the header's words.
 *
 * @param signedIn  who is signed in; empty shows the sign-in card
 * @param header    "Signed in: Riley Brooks", or " "
 * @param names     the people who may sign in, by name
 * @param chosen    whose name was tapped; empty until one is
 * @param prompt    what to do next ("Tap your name.", "Riley Brooks: type your PIN.")
 * @param pinLength how many digits are typed (the card shows dots); 0 empties the PIN box
 * @param checking  true while a PIN is being checked
 * @param problem   the sentence to show (a wrong PIN, a lock), or " "
 */
public record SignInState(Optional<StaffMember> signedIn, String header, List<StaffMember> names,
                          Optional<StaffMember> chosen, String prompt, int pinLength, boolean checking,
                          String problem) {
    public SignInState {
        names = List.copyOf(names);
    }
}
