// F3 — private method of a partial type whose signature names a private nested type: the generated internal accessor
// and the file-local wrapper both name it (MoreLINQ: ZipImpl.cs ZipImpl with delegate Folder; Maxima.cs ExtremaBy
// with class Extrema<TStore, T>).
public static partial class Folds
{
    private delegate int Folder(params int[] values);

    [AutoInstrument.Traced]
    private static int Fold(Folder folder) => folder(1, 2, 3);

    public static int Count() => Fold(values => values.Length);
}
