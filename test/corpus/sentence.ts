/** What every finding's message must be for a clerk: a sentence in Vietnamese, with nothing leaked from the code. */
const VIETNAMESE_LETTER = /[ăâđêôơưàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/i;
const LEAKS = /undefined|NaN(?!”)|\[object|Error:|ENOENT|EISDIR|at .*\.js:\d/;

export function vietnameseSentenceProblem(text: string): string | null {
  if (!VIETNAMESE_LETTER.test(text)) return `no Vietnamese letter in “${text}”`;
  if (text.trim().split(/\s+/).length < 4) return `too short for a sentence: “${text}”`;
  if (LEAKS.test(text)) return `leaks program text: “${text}”`;
  if (text.length > 600) return `${text.length} characters: a clerk reads no such message`;
  return null;
}
