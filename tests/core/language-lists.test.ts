import { listIn, pseudoLocalize, seriesIn } from "../../src/core/language";

describe("lists in each language's conventions", () => {
  it("English: separator, then the conjunction before the last item", () => {
    expect(listIn("en", ["a", "b", "c"])).toBe("a, b and c");
    expect(listIn("en", ["a", "b"])).toBe("a and b");
    expect(listIn("en", ["rfm", "abc"], "or")).toBe("rfm or abc");
    expect(listIn("en", ["a"])).toBe("a");
    expect(listIn("en", [])).toBe("");
  });

  it("Spanish: y and o, e before an i sound and u before an o sound", () => {
    expect(listIn("es", ["norte", "sur", "este"])).toBe("norte, sur y este");
    expect(listIn("es", ["Ana", "Inés"])).toBe("Ana e Inés");
    expect(listIn("es", ["padres", "hijos"])).toBe("padres e hijos");
    expect(listIn("es", ["Juan", "Íñigo"])).toBe("Juan e Íñigo");
    expect(listIn("es", ["región", '"Islas"'])).toBe('región e "Islas"');
    // hi + vowel is a y sound: the conjunction stays.
    expect(listIn("es", ["agua", "hielo"])).toBe("agua y hielo");
    expect(listIn("es", ["cobre", "hierro"])).toBe("cobre y hierro");
    expect(listIn("es", ["siete", "ocho"], "or")).toBe("siete u ocho");
    expect(listIn("es", ["mujer", "hombre"], "or")).toBe("mujer u hombre");
    expect(listIn("es", ["uno", "Óscar"], "or")).toBe("uno u Óscar");
    expect(listIn("es", ["7", "8"], "or")).toBe("7 u 8");
    expect(listIn("es", ["10", "11"], "or")).toBe("10 u 11");
    expect(listIn("es", ["10", "110"], "or")).toBe("10 o 110");
    expect(listIn("es", ["rfm", "abc"], "or")).toBe("rfm o abc");
    // Each rule belongs to its own conjunction.
    expect(listIn("es", ["siete", "ocho"])).toBe("siete y ocho");
    expect(listIn("es", ["Ana", "Inés"], "or")).toBe("Ana o Inés");
  });

  it("the pseudo-locale reads its conjunction from the packs, so it shows wrapped", () => {
    expect(listIn("qps", ["a", "b", "c"])).toBe(`a, b ${pseudoLocalize("and")} c`);
    expect(listIn("qps", ["a", "b"], "or")).toBe(`a ${pseudoLocalize("or")} b`);
  });

  it("a series has no conjunction", () => {
    expect(seriesIn("en", [2, 5, 9])).toBe("2, 5, 9");
    expect(seriesIn("es", ["2", "5", "9"])).toBe("2, 5, 9");
    expect(seriesIn("qps", [])).toBe("");
  });
});
