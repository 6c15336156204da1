#!/usr/bin/env bash
# Makes a clone of Jackett/Jackett at 7911696ca972 build here, for build mode (analyze-repo.sh <clone> RealCode.sln):
# every project on net10.0 alone, the nearest versions the local mirror serves, and stand-ins for the five packages it
# does not serve (each declares only the members Jackett uses). The Windows-only projects (Tray, Service) and the
# Selenium integration tests are left out: 292 of the 301 source files build.
#
#   prepare.sh <clone>
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="$(cd "${1:?Jackett clone}" && pwd)/src"

sed -i -E 's/net9\.0/net10.0/g; s#<TargetFrameworks>[^<]*</TargetFrameworks>#<TargetFrameworks>net10.0</TargetFrameworks>#' \
  "$src"/*/*.csproj
sed -i -E '/Include="(BencodeNET|FlareSolverrSharp|DotNet4.SocksProxy|MimeMapping|Mono.Posix)"/d' "$src"/*/*.csproj
# AngleSharp.Xml 1.3.0, the nearest served, needs AngleSharp 1.9; NUnit.ConsoleRunner 3.17 is not served.
sed -i -E 's/Include="AngleSharp" Version="1.7.1"/Include="AngleSharp" Version="1.9.0"/' "$src"/Jackett.Common/Jackett.Common.csproj
sed -i -E 's/Include="NUnit.ConsoleRunner" Version="3.17.0"/Include="NUnit.ConsoleRunner" Version="3.15.2"/' "$src"/Jackett.Test/Jackett.Test.csproj

cp "$here/MissingPackages.cs" "$src/Jackett.Common/"
cp "$here/MonoPosix.cs" "$here/BencodeNET.cs" "$src/Jackett.Server/"

cd "$src/.."
rm -f RealCode.sln
dotnet new sln -n RealCode --format sln > /dev/null
dotnet sln RealCode.sln add src/DateTimeRoutines/DateTimeRoutines.csproj src/Jackett.Common/Jackett.Common.csproj \
  src/Jackett.Server/Jackett.Server.csproj src/Jackett.Updater/Jackett.Updater.csproj src/Jackett.Test/Jackett.Test.csproj > /dev/null
