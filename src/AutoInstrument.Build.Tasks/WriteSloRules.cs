using System;
using System.Globalization;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace AutoInstrument.Build.Tasks;

/// <summary>
/// Writes the Prometheus rules of the objectives recorded in <see cref="Assembly"/> to <see cref="OutputFile"/>, only
/// when the text changed (an unchanged build leaves the file, and its time stamp, alone); deletes the file when the
/// assembly declares no objective any more.
/// </summary>
public sealed class WriteSloRules : Task
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The built assembly.</summary>
    [Required]
    public string Assembly { get; set; } = string.Empty;

    /// <summary>The rules file, e.g. <c>bin/Debug/net10.0/Shop.slo-rules.yml</c>.</summary>
    [Required]
    public string OutputFile { get; set; } = string.Empty;

    /// <summary>Where to write the same objectives as OpenSLO v1 documents; empty for nowhere.</summary>
    public string OpenSloFile { get; set; } = string.Empty;

    /// <summary>Label matchers added to every selector, e.g. <c>job="checkout"</c>.</summary>
    public string LabelMatchers { get; set; } = string.Empty;

    /// <summary>
    /// How many times faster than real time every window runs: 1 (the default) in production; 60 rehearses a 30-day
    /// objective in 12 hours, its first page alert over 1m/5s, for demos and alerting drills.
    /// </summary>
    public string TimeScale { get; set; } = string.Empty;

    /// <summary>The file when it was written or left as it was; empty when there is none.</summary>
    [Output]
    public string WrittenFile { get; set; } = string.Empty;

    public override bool Execute()
    {
        var timeScale = 1;
        if (!string.IsNullOrWhiteSpace(TimeScale) && (!int.TryParse(TimeScale, NumberStyles.None, CultureInfo.InvariantCulture, out timeScale) || timeScale < 1))
        {
            Log.LogError("AutoInstrumentSloTimeScale must be a whole number of at least 1 (1 in production), not '{0}'.", TimeScale);
            return false;
        }

        try
        {
            var objectives = AssemblyObjectives.Read(Assembly);
            var source = Path.GetFileName(Assembly);
            var matchers = LabelMatchers ?? string.Empty;
            Update(OutputFile, objectives.Count == 0 ? null : SloRulesWriter.Write(objectives, source, matchers, timeScale), objectives.Count);
            if (!string.IsNullOrEmpty(OpenSloFile))
            {
                Update(OpenSloFile, objectives.Count == 0 ? null : OpenSloWriter.Write(objectives, Path.GetFileNameWithoutExtension(Assembly), matchers), objectives.Count);
            }

            WrittenFile = objectives.Count == 0 ? string.Empty : OutputFile;
            return !Log.HasLoggedErrors;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            Log.LogError("AutoInstrument could not write the service level objectives of {0}: {1}", Assembly, e.Message);
            return false;
        }
    }

    // Writes the text only when it differs from the file's (an unchanged build leaves the file and its time stamp alone);
    // no text (no objective any more) deletes a stale file.
    private void Update(string file, string? text, int count)
    {
        if (text is null)
        {
            if (File.Exists(file))
            {
                File.Delete(file);
                Log.LogMessage(MessageImportance.Low, "{0} declares no service level objective: deleted {1}.", Assembly, file);
            }

            return;
        }

        if (File.Exists(file) && File.ReadAllText(file, Utf8) == text)
        {
            Log.LogMessage(MessageImportance.Low, "{0} is up to date.", file);
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(file, text, Utf8);
        Log.LogMessage(MessageImportance.Normal, "Wrote {0} service level objective(s) to {1}.", count, file);
    }
}
