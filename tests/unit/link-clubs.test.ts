/**
 * A city's name used for its club ("Liverpool weren't great") is the club, on a page of its own; the
 * city ("fans celebrated in Liverpool", "the Liverpool mayor") keeps the city's page. Whole annotator:
 * the recogniser's document pass types the mentions (steps 4cc, 4ccw, 4cd), the linker keeps the two
 * apart and joins the club to its full name (LINK_SKIP=clubsplit, clubprefix).
 */
import { describe, expect, it } from "vitest";
import { annotate } from "../../src/annotator/annotate.ts";

/** Each name mention as "text@offset=type:entityId". */
function mentionsOf(text: string): Map<number, string> {
  const a = annotate(text, {});
  return new Map(a.mentions.filter((m) => m.kind === "name").map((m) => [m.start, `${text.slice(m.start, m.end)}=${m.type}:${m.entityId}`]));
}
const at = (text: string, needle: string, nth = 0) => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(needle, i + 1);
  return i;
};

describe("a city's club and the city", () => {
  it("a city two mentions call a club is the club wherever it is not a place, on a page apart from the city", () => {
    const text = "Liverpool moved four points clear at the top of the league. Liverpool goalkeeper Alisson made two fine saves, and the Liverpool head coach said his side had shown character after the striker scored the winning goal from a penalty. Thousands of fans celebrated in Liverpool. The Liverpool mayor, Steve Rotheram, praised the team.";
    const m = mentionsOf(text);
    expect(m.get(0)).toBe("Liverpool=organization:liverpool-organization");
    expect(m.get(at(text, "Liverpool goalkeeper"))).toBe("Liverpool=organization:liverpool-organization");
    expect(m.get(at(text, "Liverpool head"))).toBe("Liverpool=organization:liverpool-organization");
    expect(m.get(at(text, "Liverpool.") )).toBe("Liverpool=place:liverpool");
    expect(m.get(at(text, "Liverpool mayor"))).toBe("Liverpool=place:liverpool");
  });

  it("a club's plural verb and a player's joining it are signs it plays; the city a player flies to stays the city", () => {
    const text = "Spanish champions Barcelona have signed the midfielder Joao Pedro in a transfer from Brighton. The winger flew to Barcelona on Monday. \"Playing for Barcelona was my dream as a child,\" said the footballer, who scored 10 league goals.";
    const m = mentionsOf(text);
    expect(m.get(at(text, "Barcelona have"))).toBe("Barcelona=organization:barcelona-organization");
    expect(m.get(at(text, "Barcelona on"))).toBe("Barcelona=place:barcelona");
    expect(m.get(at(text, "Barcelona was"))).toBe("Barcelona=organization:barcelona-organization");
  });

  it("a city's story with two would-be signs is no club's, and a dateline in capitals stays the city", () => {
    const text = "Unesco watch list grows\nLONDON (AP) - Bath and Edinburgh have since joined Liverpool on a Unesco watch list. Liverpool's defence of its status rested on its docks. Liverpool was stripped of the title in 2021, the London committee said.";
    const m = mentionsOf(text);
    expect(m.get(at(text, "LONDON"))).toBe("LONDON=place:london");
    for (const needle of ["Liverpool on", "Liverpool's", "Liverpool was"]) expect(m.get(at(text, needle)), needle).toBe("Liverpool=place:liverpool");
  });

  it("one mention that might be the club is not enough: a city's floods stay the city's", () => {
    const text = "Floods hit Liverpool on Monday. Liverpool fans helped clear the streets. Liverpool council opened shelters.";
    expect([...mentionsOf(text).values()]).toEqual(["Liverpool=place:liverpool", "Liverpool=place:liverpool", "Liverpool=place:liverpool"]);
  });

  it("a club named with a club's word before its city ('AC Milan') takes the city's club mentions, not the mayor's or the economy's", () => {
    const text = "Inter beat AC Milan 3-0 at San Siro on Sunday. Milan's defence collapsed, and Milan coach Sergio Conceicao was angry. Milan mayor Giuseppe Sala said Milan's economy needed a new stadium.";
    const m = mentionsOf(text);
    expect(m.get(at(text, "Milan's defence"))).toBe("Milan=organization:ac-milan");
    expect(m.get(at(text, "Milan coach"))).toBe("Milan=organization:ac-milan");
    expect(m.get(at(text, "Milan mayor"))).toBe("Milan=place:milan");
    expect(m.get(at(text, "Milan's economy"))).toBe("Milan=place:milan");
  });

  it("a text that names 'AC Milan' needs only one sign that 'Milan' plays", () => {
    const text = "Inter beat AC Milan 3-0 at San Siro on Sunday. Milan's defence collapsed in the second half. Fans left the stadium early.";
    expect(mentionsOf(text).get(at(text, "Milan's defence"))).toBe("Milan=organization:ac-milan");
  });

  it("a club's city in a headline before the club's full name is that club", () => {
    const text = "Chelsea agree deal for Dortmund midfielder Lukas Brenner\n\nChelsea have agreed a transfer fee with Borussia Dortmund for Lukas Brenner, who scored nine Bundesliga goals. Dortmund's sporting director, Matthias Krull, said the club had not wanted to sell. Dortmund are expected to use the fee on a striker.";
    const m = mentionsOf(text);
    for (const needle of ["Dortmund midfielder", "Borussia Dortmund", "Dortmund's", "Dortmund are"]) expect(m.get(at(text, needle)), needle).toMatch(/=organization:borussia-dortmund$/);
  });
});
