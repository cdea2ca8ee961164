import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class __Name__Credentials {
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  apiKey: string;
}
