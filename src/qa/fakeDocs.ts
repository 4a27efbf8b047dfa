// Documents said to be fake, forged or plagiarised (fake documents in the application, 材料造假): what befalls fraud,
// not the documents to bring, however much of the question is about documents.
/** Words saying the documents or the work are false (fraud found: 材料造假, 弄虚作假, 抄袭, forged, plagiarised). */
export const FALSE_CUE = /\bfak(?:e[ds]?|ing)\b|\bforg(?:e|ed|ery|eries|ing)\b|\bfalsif\w*|\bfalse (?:documents?|records?|papers?|materials?|information|certificates?)\b|\bcounterfeit\w*|\bplagiari[sz]\w*|造假|作假|伪造|弄虚作假|假材料|假证|假的材料|剽窃|抄袭/i;
/** Topics a question on false documents is easily taken for. */
const DOCUMENT_TOPICS = new Set(['materials', 'procedure', 'award_proof']);

/** Whether the question asks about false documents while the topic decided is one of documents. */
export function fakeDocuments(text: string, decided: string | undefined): boolean {
  return !!decided && DOCUMENT_TOPICS.has(decided) && FALSE_CUE.test(text);
}
