package be.pst.testkit;

import be.pst.core.person.Civility;
import be.pst.core.person.Person;
import be.pst.core.person.PilotKind;
import be.pst.core.person.Pilot;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Persons and pilots read from {@link Choices}: every shape a plan names people in (a full name,
 * a name with a role, initials, a first and last name with a civility, a role alone; a phone, an
 * e-mail) and pilots of the three kinds.
 */
final class People {

  private People() {}

  /** A person of any shape. Always reads the same number of choices. */
  static Person person(Choices c) {
    int shape = c.below(5);
    String name = c.of(Vocabulary.PEOPLE);
    String role = c.of(Vocabulary.ROLES);
    String initials = c.of(Vocabulary.INITIALS);
    String firstName = c.of(Vocabulary.FIRST_NAMES);
    String lastName = c.of(Vocabulary.LAST_NAMES);
    int civility = c.below(3);
    int phone = c.below(Vocabulary.PHONES.size() + 1);
    boolean email = c.flip();
    Person.Builder person = Person.builder();
    String mailbox;
    switch (shape) {
      case 1:
        person.name(name).role(role);
        mailbox = name;
        break;
      case 2:
        person.initials(initials);
        mailbox = initials;
        break;
      case 3:
        person.firstName(firstName).lastName(lastName);
        if (civility > 0) {
          person.civility(Civility.values()[civility - 1]);
        }
        mailbox = firstName + "." + lastName;
        break;
      case 4:
        person.role(role);
        mailbox = "secretariat";
        break;
      default:
        person.name(name);
        mailbox = name;
    }
    if (phone > 0) {
      person.phone(Vocabulary.PHONES.get(phone - 1));
    }
    if (email) {
      person.email(mailbox(mailbox) + "@cpas.example.be");
    }
    return person.build();
  }

  private static final Map<String, String> MAILBOXES = new ConcurrentHashMap<>();

  /** "Marie Dupont" → "marie.dupont", once per name. */
  private static String mailbox(String words) {
    return MAILBOXES.computeIfAbsent(
        words,
        w ->
            Normalizer.normalize(w, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9.]+", ".")
                .toLowerCase(Locale.ROOT));
  }

  /**
   * A pilot: a person or a role for a political pilot (mandataire), a person, a role or a
   * service for an administrative one. Always reads the same number of choices.
   */
  static Pilot pilot(Choices c, boolean political) {
    PilotKind kind = political ? c.of(PilotKind.PERSON, PilotKind.ROLE) : c.of(PilotKind.values());
    String role = c.of(Vocabulary.ROLES);
    String service = c.of(Vocabulary.SERVICES);
    Person person = person(c);
    switch (kind) {
      case ROLE:
        return Pilot.role(role);
      case SERVICE:
        return Pilot.service(service);
      default:
        return Pilot.of(person);
    }
  }
}
