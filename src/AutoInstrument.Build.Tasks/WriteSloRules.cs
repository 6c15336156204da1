using System;
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

    /// <summary>Label matchers added to every selector, e.g. <c>job="checkout"</c>.</summary>
    public string LabelMatchers { get; set; } = string.Empty;

    /// <summary>The file when it was written or left as it was; empty when there is none.</summary>
    [Output]
    public string WrittenFile { get; set; } = string.Empty;

    public override bool Execute()
    {
        try
        {
            var objectives = AssemblyObjectives.Read(Assembly);
            if (objectives.Count == 0)
            {
                if (File.Exists(OutputFile))
                {
                    File.Delete(OutputFile);
                    Log.LogMessage(MessageImportance.Low, "{0} declares no service level objective: deleted {1}.", Assembly, OutputFile);
                }

                return true;
            }

            var text = SloRulesWriter.Write(objectives, Path.GetFileName(Assembly), LabelMatchers ?? string.Empty);
            WrittenFile = OutputFile;
            if (File.Exists(OutputFile) && File.ReadAllText(OutputFile, Utf8) == text)
            {
                Log.LogMessage(MessageImportance.Low, "{0} is up to date.", OutputFile);
                return true;
            }

            var directory = Path.GetDirectoryName(Path.GetFullPath(OutputFile));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            File.WriteAllText(OutputFile, text, Utf8);
            Log.LogMessage(MessageImportance.Normal, "Wrote the rules of {0} service level objective(s) to {1}.", objectives.Count, OutputFile);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            Log.LogError("AutoInstrument could not write the service level objective rules to {0}: {1}", OutputFile, e.Message);
            return false;
        }
    }
}
