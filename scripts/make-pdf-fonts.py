#!/usr/bin/python3
"""Makes the application document's fonts (src/Kyzmat.Recruitment/Applications/Fonts/README.md says why and how).

usage: scripts/make-pdf-fonts.py [dejavu folder, /usr/share/fonts/truetype/dejavu] [output folder, the Fonts folder]
Needs Debian's fonttools (python3-fonttools, which brings pyftsubset).
"""
import copy
import subprocess
import sys
from pathlib import Path

from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont

KEPT = "U+0000-052F,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2200-22FF,U+25A0-25FF,U+FFFD"
FACES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"]
USE_MY_METRICS = 0x0200


def subset(source: Path, target: Path) -> None:
    subprocess.run(["pyftsubset", str(source), f"--output-file={target}", f"--unicodes={KEPT}",
                    "--layout-features=*", "--glyph-names", "--name-IDs=*", "--name-legacy",
                    "--name-languages=*", "--notdef-outline", "--no-hinting"], check=True)


def flatten_nested_composites(path: Path) -> int:
    """PDFsharp's subsetter keeps a composite glyph's components but not theirs: bold Ы is Ь + І and І is a composite
    of I, so the bar of Ы went missing from every PDF (and Ё's E, and some 180 more). A composite of composites is
    rewritten to refer to the simple glyphs directly (offsets added up), or made one outline when a part is scaled."""
    font = TTFont(path)
    glyf = font["glyf"]
    glyphs = font.getGlyphSet()
    nested = [name for name in font.getGlyphOrder()
              if glyf[name].isComposite() and any(glyf[c.glyphName].isComposite() for c in glyf[name].components)]
    for name in nested:
        if not refer_to_simple_glyphs(glyf, glyf[name]):
            recording = DecomposingRecordingPen(glyphs)
            glyphs[name].draw(recording)
            pen = TTGlyphPen(None)
            recording.replay(pen)
            glyf[name] = pen.glyph()
    font.save(path)
    return len(nested)


def refer_to_simple_glyphs(glyf, glyph) -> bool:
    def plain(component) -> bool:
        return not hasattr(component, "transform") and not hasattr(component, "firstPt")

    flat = []
    pending = [(component, 0, 0) for component in glyph.components]
    while pending:
        component, dx, dy = pending.pop(0)
        if not plain(component):
            return False
        part = glyf[component.glyphName]
        if part.isComposite():
            pending[0:0] = [(copy.copy(inner), dx + component.x, dy + component.y) for inner in part.components]
            continue
        component.x += dx
        component.y += dy
        flat.append(component)
    for later in [c for c in flat if c.flags & USE_MY_METRICS][1:]:
        later.flags &= ~USE_MY_METRICS  # one part at most gives the glyph its metrics
    glyph.components = flat
    return True


def main() -> None:
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/dejavu")
    output = Path(sys.argv[2] if len(sys.argv) > 2 else Path(__file__).parent.parent / "src/Kyzmat.Recruitment/Applications/Fonts")
    for face in FACES:
        target = output / face
        subset(source / face, target)
        print(f"{face}: {flatten_nested_composites(target)} composites of composites flattened, {target.stat().st_size} bytes")


if __name__ == "__main__":
    main()
