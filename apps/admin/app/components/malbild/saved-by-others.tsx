/** The text someone else saved while this user was editing, so they can merge by hand. */
export function SavedByOthers({ text }: { text: string }) {
  return (
    <div className="saved-by-others">
      <p className="saved-by-others__label">Det här är sparat nu:</p>
      <blockquote>{text}</blockquote>
    </div>
  );
}
