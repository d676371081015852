export default function MyMeasuresPage() {
  return null;
}
